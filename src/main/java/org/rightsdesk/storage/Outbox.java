package org.rightsdesk.storage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox behind derived data. A module that changes searchable records calls
 * {@link #enqueue} inside the same transaction as the change; the indexer drains entries in id
 * order and deletes them only after they are applied. A crash can therefore delay derived data,
 * never leave it permanently behind. Entries name records by type and id only.
 */
@Component
public class Outbox {

    /** One pending change: which record to (re)derive. */
    public record Entry(long id, String entityType, long entityId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that an entity changed (or was deleted); joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String entityType, long entityId) {
        jdbc.sql("INSERT INTO outbox (entity_type, entity_id, created_at) VALUES (?, ?, ?)")
                .params(entityType, entityId, Timestamp.from(clock.instant())).update();
    }

    /** The oldest pending entries. */
    public List<Entry> next(int limit) {
        return jdbc.sql("SELECT id, entity_type, entity_id FROM outbox ORDER BY id LIMIT ?").param(limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Removes entries that have been applied (up to and including {@code lastId}). */
    @Transactional
    public int acknowledge(long lastId) {
        return jdbc.sql("DELETE FROM outbox WHERE id <= ?").param(lastId).update();
    }

    /** How many changes are waiting. */
    public long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox").query(Long.class).single();
    }
}
