package org.rightsdesk.vault;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code vault_keyring} and {@code vault_data_keys}. */
@Repository
class Keyring {

    /** The single key-ring row. */
    record Row(KdfParameters kdf, byte[] salt, Instant createdAt, Instant rotatedAt, int failedUnseals,
               Instant unsealBlockedUntil) {
    }

    /** A wrapped data key. */
    record WrappedKey(int id, String purpose, byte[] wrapped, boolean active) {
    }

    private final JdbcClient jdbc;

    Keyring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> load() {
        return jdbc.sql("SELECT kdf_memory_kib, kdf_iterations, kdf_parallelism, salt, created_at, rotated_at, "
                        + "failed_unseals, unseal_blocked_until FROM vault_keyring WHERE id = 1")
                .query((rs, n) -> new Row(new KdfParameters(rs.getInt(1), rs.getInt(2), rs.getInt(3)), rs.getBytes(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getInt(7), instant(rs.getTimestamp(8))))
                .optional();
    }

    List<WrappedKey> keys() {
        return jdbc.sql("SELECT id, purpose, wrapped, active FROM vault_data_keys ORDER BY id")
                .query((rs, n) -> new WrappedKey(rs.getInt(1), rs.getString(2), rs.getBytes(3), rs.getBoolean(4))).list();
    }

    void insertRing(KdfParameters kdf, byte[] salt, Instant now) {
        jdbc.sql("INSERT INTO vault_keyring (id, kdf_memory_kib, kdf_iterations, kdf_parallelism, salt, created_at, failed_unseals) "
                        + "VALUES (1, ?, ?, ?, ?, ?, 0)")
                .params(kdf.memoryKib(), kdf.iterations(), kdf.parallelism(), salt, Timestamp.from(now)).update();
    }

    /** Inserts a key row with an empty placeholder, so its id can be bound into the wrapping. */
    int insertKey(String purpose, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO vault_data_keys (purpose, wrapped, created_at, active) VALUES (?, ?, ?, TRUE)")
                .params(purpose, new byte[0], Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).intValue();
    }

    void updateWrapped(int id, byte[] wrapped) {
        jdbc.sql("UPDATE vault_data_keys SET wrapped = ? WHERE id = ?").params(wrapped, id).update();
    }

    void updateKdf(KdfParameters kdf, byte[] salt, Instant now) {
        jdbc.sql("UPDATE vault_keyring SET kdf_memory_kib = ?, kdf_iterations = ?, kdf_parallelism = ?, salt = ?, rotated_at = ? WHERE id = 1")
                .params(kdf.memoryKib(), kdf.iterations(), kdf.parallelism(), salt, Timestamp.from(now)).update();
    }

    void recordFailure(int failures, Instant blockedUntil) {
        jdbc.sql("UPDATE vault_keyring SET failed_unseals = ?, unseal_blocked_until = ? WHERE id = 1")
                .params(failures, blockedUntil == null ? null : Timestamp.from(blockedUntil)).update();
    }

    void clearFailures() {
        jdbc.sql("UPDATE vault_keyring SET failed_unseals = 0, unseal_blocked_until = NULL WHERE id = 1").update();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
