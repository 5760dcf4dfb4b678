package org.rightsdesk.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.rightsdesk.storage.DatabaseInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only record of who did what to which record, and when. Entries are hash-chained, so
 * removing or editing one breaks the chain and {@link #verify()} reports where. Entries name
 * records by type and id only: personal data never goes into the log.
 */
@Service
public class AuditLog {

    /** Hash that precedes the first entry. */
    static final String GENESIS = "0".repeat(64);

    /** One entry, as shown to admins. */
    public record Entry(long id, Instant at, String actor, String action, String recordType, String recordId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean postgresql;

    AuditLog(JdbcClient jdbc, Clock clock, DatabaseInfo database) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgresql = !database.isSqlite();
    }

    /** Appends an entry in the caller's transaction (or a new one), so the entry and the change commit together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public synchronized void record(String actor, String action, String recordType, String recordId) {
        if (postgresql) {
            // Several app nodes may share one PostgreSQL: serialise appends so the chain never forks.
            jdbc.sql("SELECT pg_advisory_xact_lock(4242001)").query().rowSet();
        }
        String prev = jdbc.sql("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").query(String.class)
                .optional().orElse(GENESIS);
        Instant at = Instant.ofEpochMilli(clock.millis());
        String hash = hash(prev, at, actor, action, recordType, recordId);
        jdbc.sql("INSERT INTO audit_log (at, actor, action, record_type, record_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), actor, action, recordType, recordId, prev, hash).update();
    }

    /** The newest entries first. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("SELECT id, at, actor, action, record_type, record_id FROM audit_log ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("record_type"), rs.getString("record_id")))
                .list();
    }

    /** Walks the chain; returns the id of the first entry that does not match, or -1 when intact. */
    public long verify() {
        String[] prev = {GENESIS};
        long[] broken = {-1};
        jdbc.sql("SELECT id, at, actor, action, record_type, record_id, prev_hash, hash FROM audit_log ORDER BY id")
                .query(rs -> {
                    if (broken[0] >= 0) {
                        return;
                    }
                    String expected = hash(prev[0], rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                            rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"));
                    if (!prev[0].equals(rs.getString("prev_hash")) || !expected.equals(rs.getString("hash"))) {
                        broken[0] = rs.getLong("id");
                    }
                    prev[0] = rs.getString("hash");
                });
        return broken[0];
    }

    static String hash(String prev, Instant at, String actor, String action, String recordType, String recordId) {
        String line = String.join("\u001f", prev, Long.toString(at.toEpochMilli()), actor, action,
                String.valueOf(recordType), String.valueOf(recordId));
        return Digests.sha256Hex(line);
    }
}
