package org.rightsdesk.vault;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code vault_keyring}, {@code vault_data_keys} and {@code vault_seal}. */
@Repository
class Keyring {

    /** How the master key is obtained. */
    enum Mode {
        PASSPHRASE, SHARES;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The single key-ring row. {@code ringKey} null: a ring from before V45 (data keys under the master key). */
    record Row(KdfParameters kdf, byte[] salt, Instant createdAt, Instant rotatedAt, int failedUnseals,
               Instant unsealBlockedUntil, Mode mode, byte[] ringKey, String shareSet, int shareThreshold, int shareCount,
               long generation) {
    }

    /** A wrapped data key. */
    record WrappedKey(int id, String purpose, byte[] wrapped, boolean active) {
    }

    /** What every server of the database follows: the seal epoch and the key ring's generation. */
    record Shared(long sealEpoch, Instant sealedAt, String sealedBy, long generation) {
    }

    private final JdbcClient jdbc;

    Keyring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> load() {
        return jdbc.sql("SELECT kdf_memory_kib, kdf_iterations, kdf_parallelism, salt, created_at, rotated_at, "
                        + "failed_unseals, unseal_blocked_until, unseal_mode, ring_key, share_set, share_threshold, share_count, "
                        + "generation FROM vault_keyring WHERE id = 1")
                .query((rs, n) -> new Row(new KdfParameters(rs.getInt(1), rs.getInt(2), rs.getInt(3)), rs.getBytes(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getInt(7), instant(rs.getTimestamp(8)),
                        Mode.valueOf(rs.getString(9).toUpperCase(java.util.Locale.ROOT)), rs.getBytes(10), rs.getString(11),
                        rs.getInt(12), rs.getInt(13), rs.getLong(14)))
                .optional();
    }

    List<WrappedKey> keys() {
        return jdbc.sql("SELECT id, purpose, wrapped, active FROM vault_data_keys ORDER BY id")
                .query((rs, n) -> new WrappedKey(rs.getInt(1), rs.getString(2), rs.getBytes(3), rs.getBoolean(4))).list();
    }

    void insertRing(KdfParameters kdf, byte[] salt, byte[] ringKey, Instant now) {
        jdbc.sql("INSERT INTO vault_keyring (id, kdf_memory_kib, kdf_iterations, kdf_parallelism, salt, created_at, failed_unseals, "
                        + "unseal_mode, ring_key) VALUES (1, ?, ?, ?, ?, ?, 0, 'passphrase', ?)")
                .params(kdf.memoryKib(), kdf.iterations(), kdf.parallelism(), salt, Timestamp.from(now), ringKey).update();
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

    /** Leaves only the given encryption key active: new values are sealed under it. */
    void activateOnly(int encryptionKeyId) {
        jdbc.sql("UPDATE vault_data_keys SET active = (id = ?) WHERE purpose = 'encryption'").param(encryptionKeyId).update();
    }

    /** Raises the generation so running servers load the key ring again; returns the new value. */
    long bumpGeneration() {
        jdbc.sql("UPDATE vault_keyring SET generation = generation + 1 WHERE id = 1").update();
        return jdbc.sql("SELECT generation FROM vault_keyring WHERE id = 1").query(Long.class).single();
    }

    /** Passphrase mode: the ring key wrapped under a master key derived with these parameters and salt. */
    void usePassphrase(KdfParameters kdf, byte[] salt, byte[] ringKey, Instant now) {
        jdbc.sql("UPDATE vault_keyring SET kdf_memory_kib = ?, kdf_iterations = ?, kdf_parallelism = ?, salt = ?, rotated_at = ?, "
                        + "unseal_mode = 'passphrase', ring_key = ?, share_set = NULL, share_threshold = NULL, share_count = NULL "
                        + "WHERE id = 1")
                .params(kdf.memoryKib(), kdf.iterations(), kdf.parallelism(), salt, Timestamp.from(now), ringKey).update();
    }

    /** Shares mode: the ring key wrapped under a random master key that only the shares of this set rebuild. */
    void useShares(String set, int threshold, int count, byte[] ringKey, Instant now) {
        jdbc.sql("UPDATE vault_keyring SET unseal_mode = 'shares', ring_key = ?, share_set = ?, share_threshold = ?, share_count = ?, "
                        + "rotated_at = ? WHERE id = 1")
                .params(ringKey, set, threshold, count, Timestamp.from(now)).update();
    }

    void recordFailure(int failures, Instant blockedUntil) {
        jdbc.sql("UPDATE vault_keyring SET failed_unseals = ?, unseal_blocked_until = ? WHERE id = 1")
                .params(failures, blockedUntil == null ? null : Timestamp.from(blockedUntil)).update();
    }

    void clearFailures() {
        jdbc.sql("UPDATE vault_keyring SET failed_unseals = 0, unseal_blocked_until = NULL WHERE id = 1").update();
    }

    // ---- the seal every server follows ---------------------------------------------------------

    Shared shared() {
        return jdbc.sql("SELECT s.epoch, s.sealed_at, s.sealed_by, COALESCE(k.generation, 0) FROM vault_seal s "
                        + "LEFT JOIN vault_keyring k ON k.id = 1 WHERE s.id = 1")
                .query((rs, n) -> new Shared(rs.getLong(1), instant(rs.getTimestamp(2)), rs.getString(3), rs.getLong(4)))
                .single();
    }

    /** Seals every server: the epoch goes up by one. */
    void bumpSealEpoch(String actor, Instant now) {
        jdbc.sql("UPDATE vault_seal SET epoch = epoch + 1, sealed_at = ?, sealed_by = ? WHERE id = 1")
                .params(Timestamp.from(now), actor).update();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
