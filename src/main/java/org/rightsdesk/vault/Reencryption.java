package org.rightsdesk.vault;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code keys rotate --reencrypt}: a new data key becomes the one new values are sealed under,
 * and every value sealed under an older key — each column a module declares
 * ({@link SealedColumn.Registry}), attachments included — is opened and sealed again under it,
 * row by row, in the background, while the server keeps serving. Progress (column, last row id,
 * counts) is kept in {@code vault_reencryption} after every batch, so a crash or a seal loses at
 * most one batch: the next unseal (on any server) resumes where it stopped. Which key a value is
 * under is read from its header without opening it, so finding the work costs no decryption. A
 * second pass over every column catches values another server wrote under the old key before it
 * learned of the new one. A value that fails its integrity check is counted and left as it is.
 * One server works on a job at a time (a lease renewed with every batch).
 */
@Service
public class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    private static final int BATCH = 100;
    private static final Duration LEASE = Duration.ofSeconds(30);

    /** Where a re-encryption stands. */
    public record Progress(long id, int keyId, boolean finished, long total, long done, long failed, Instant startedAt,
                           Instant finishedAt) {
    }

    private record Job(long id, int keyId, int pass, long total, long done, long failed, int columnIndex, long lastId) {
    }

    private final Vault vault;
    private final JdbcClient jdbc;
    private final List<SealedColumn.Registry> registries;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rightsdesk-reencryption");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final AtomicBoolean running = new AtomicBoolean();

    Reencryption(Vault vault, JdbcClient jdbc, List<SealedColumn.Registry> registries, Clock clock) {
        this.vault = vault;
        this.jdbc = jdbc;
        this.registries = registries;
        this.clock = clock;
    }

    /** Every sealed column, in a fixed order (the job's column index points into it). */
    public List<SealedColumn> columns() {
        return registries.stream().flatMap(r -> r.sealedColumns().stream())
                .sorted(Comparator.comparing(SealedColumn::table).thenComparing(SealedColumn::column)).toList();
    }

    /**
     * Rotates the data key and re-encrypts in the background; when a re-encryption is already
     * under way, returns it (and makes sure it runs here if no other server does) instead.
     */
    public Progress start(String actor) {
        Progress p = begin(actor);
        runInBackground();
        return p;
    }

    /** The latest re-encryption, finished or not. */
    public Optional<Progress> current() {
        return jdbc.sql("SELECT id, key_id, state, total_rows, done_rows, failed_rows, started_at, finished_at FROM vault_reencryption "
                        + "ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Progress(rs.getLong(1), rs.getInt(2), "done".equals(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .optional();
    }

    /** Creates the job (new data key, count of the values to do) without running it. */
    synchronized Progress begin(String actor) {
        vault.requireUnsealed();
        Optional<Job> open = openJob();
        if (open.isEmpty()) {
            int keyId = vault.rotateDataKey(actor);
            long total = 0;
            for (SealedColumn c : columns()) {
                total += jdbc.sql("SELECT COUNT(*) FROM " + c.table() + " WHERE " + c.column() + " IS NOT NULL AND substr("
                        + c.column() + ", 2, 4) <> ?").param(keyBytes(keyId)).query(Long.class).single();
            }
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.sql("INSERT INTO vault_reencryption (key_id, state, total_rows, started_at, started_by, updated_at) "
                    + "VALUES (?, 'running', ?, ?, ?, ?)").params(keyId, total, now, actor, now).update();
            log.info("Re-encryption under data key {} started: {} value(s) to seal again", keyId, total);
        }
        return current().orElseThrow();
    }

    /** After an unseal (here): a re-encryption a crash or a seal interrupted goes on. */
    @EventListener
    void onUnsealed(VaultEvent.Unsealed unsealed) {
        if (openJob().isPresent()) {
            runInBackground();
        }
    }

    private void runInBackground() {
        if (running.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted() && openJob().isPresent() && step(BATCH) >= 0) {
                        // one batch per turn; progress is saved after each
                    }
                } catch (VaultSealedException sealed) {
                    log.info("Re-encryption paused: the vault was sealed; it resumes at the next unseal");
                } catch (RuntimeException e) {
                    log.error("Re-encryption stopped ({}); it resumes at the next unseal or keys rotate --reencrypt",
                            e.getClass().getSimpleName());
                } finally {
                    running.set(false);
                }
            });
        }
    }

    /**
     * Seals up to {@code maxRows} values again and saves the progress.
     *
     * @return how many values were looked at, 0 when a column or pass was finished, -1 when there
     *         is nothing to do here (no open job, or another server holds it)
     */
    synchronized int step(int maxRows) {
        Optional<Job> open = openJob();
        if (open.isEmpty() || !claim(open.get().id())) {
            return -1;
        }
        Job job = open.get();
        if (vault.activeKeyId() != job.keyId()) {
            throw new IllegalStateException("the active data key is not the one this re-encryption seals under");
        }
        List<SealedColumn> columns = columns();
        if (job.columnIndex() >= columns.size()) {
            if (job.pass() == 1) {
                save(new Job(job.id(), job.keyId(), 2, job.total(), job.done(), job.failed(), 0, 0));
            } else {
                finish(job);
            }
            return 0;
        }
        SealedColumn c = columns.get(job.columnIndex());
        List<Long> ids = jdbc.sql("SELECT id FROM " + c.table() + " WHERE id > ? AND " + c.column() + " IS NOT NULL AND substr("
                        + c.column() + ", 2, 4) <> ? ORDER BY id LIMIT ?")
                .params(job.lastId(), keyBytes(job.keyId()), maxRows).query(Long.class).list();
        if (ids.isEmpty()) {
            save(new Job(job.id(), job.keyId(), job.pass(), job.total(), job.done(), job.failed(), job.columnIndex() + 1, 0));
            return 0;
        }
        long done = job.done();
        long failed = job.failed();
        for (long id : ids) {
            byte[] old = jdbc.sql("SELECT " + c.column() + " FROM " + c.table() + " WHERE id = ?").param(id).query(byte[].class)
                    .optional().orElse(null);
            if (old == null) {
                continue; // deleted meanwhile
            }
            String field = Vault.field(c.table(), c.column(), id);
            try {
                byte[] fresh = vault.encrypt(field, vault.decrypt(field, old));
                // Only if nobody changed it meanwhile (a new value is sealed under the new key anyway).
                jdbc.sql("UPDATE " + c.table() + " SET " + c.column() + " = ? WHERE id = ? AND " + c.column() + " = ?")
                        .params(fresh, id, old).update();
                done++;
            } catch (TamperedRecordException tampered) {
                failed += job.pass() == 1 ? 1 : 0; // alarm raised by the vault; the value is left as it is
            }
        }
        save(new Job(job.id(), job.keyId(), job.pass(), job.total(), done, failed,
                job.columnIndex(), ids.get(ids.size() - 1)));
        return ids.size();
    }

    private Optional<Job> openJob() {
        return jdbc.sql("SELECT id, key_id, pass, total_rows, done_rows, failed_rows, column_index, last_id FROM vault_reencryption "
                        + "WHERE state = 'running' ORDER BY id LIMIT 1")
                .query((rs, n) -> new Job(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getInt(7), rs.getLong(8)))
                .optional();
    }

    /** Takes (or keeps) the job for this server unless another server renewed its lease lately. */
    private boolean claim(long jobId) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE vault_reencryption SET owner = ?, heartbeat_at = ? WHERE id = ? AND state = 'running' "
                        + "AND (owner IS NULL OR owner = ? OR heartbeat_at IS NULL OR heartbeat_at < ?)")
                .params(owner, Timestamp.from(now), jobId, owner, Timestamp.from(now.minus(LEASE))).update() == 1;
    }

    private void save(Job job) {
        jdbc.sql("UPDATE vault_reencryption SET pass = ?, done_rows = ?, failed_rows = ?, column_index = ?, last_id = ?, "
                        + "updated_at = ?, heartbeat_at = ? WHERE id = ?")
                .params(job.pass(), job.done(), job.failed(), job.columnIndex(), job.lastId(), Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant()), job.id()).update();
    }

    private void finish(Job job) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE vault_reencryption SET state = 'done', finished_at = ?, updated_at = ?, done_rows = ? WHERE id = ?")
                .params(now, now, Math.max(job.done(), 0), job.id()).update();
        log.info("Re-encryption under data key {} finished: {} value(s) sealed again, {} failed their integrity check",
                job.keyId(), job.done(), job.failed());
    }

    /** The key id as it stands in a sealed value's header (bytes 2–5, big-endian). */
    static byte[] keyBytes(int keyId) {
        return ByteBuffer.allocate(4).putInt(keyId).array();
    }
}
