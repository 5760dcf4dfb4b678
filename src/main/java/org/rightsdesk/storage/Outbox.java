package org.rightsdesk.storage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
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

    private static final String INSERT = "INSERT INTO outbox (entity_type, entity_id, created_at) VALUES (?, ?, ?)";
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;

    Outbox(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
    }

    /** Records that an entity changed (or was deleted); joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String entityType, long entityId) {
        jdbc.sql(INSERT).params(entityType, entityId, Timestamp.from(clock.instant())).update();
    }

    /**
     * Records that many entities of one type changed, in JDBC batches rather than a statement each
     * (imports); joins the caller's transaction. Entries get ids in the order of {@code entityIds}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(String entityType, Collection<Long> entityIds) {
        Timestamp at = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(Math.min(entityIds.size(), CHUNK));
        for (Long id : entityIds) {
            rows.add(new Object[] {entityType, id, at});
            if (rows.size() == CHUNK) {
                batches.batchUpdate(INSERT, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            batches.batchUpdate(INSERT, rows);
        }
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
