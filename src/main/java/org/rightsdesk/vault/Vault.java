package org.rightsdesk.vault;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.rightsdesk.accounts.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vault: seals personal data at rest and holds the keys that open it while the server runs.
 *
 * <p>Envelope encryption. Two random 256-bit data keys, one for AES-256-GCM encryption of fields
 * and files, one for the HMAC of blind indexes, are stored wrapped (AES-GCM) under a master key.
 * The master key is derived from the unseal passphrase with Argon2id (parameters and salt stored
 * in the key ring) and is forgotten as soon as the data keys are unwrapped. Each sealed value is
 * bound to its place ({@code table.column:id}) as associated data, so a ciphertext copied to
 * another record or column does not open.
 *
 * <p>The server starts sealed. {@link #unseal} (admin page, {@code rightsdesk unseal}, or a key
 * file) unwraps the data keys; {@link #seal} drops them and publishes {@link VaultEvent.Sealed}
 * so the web shell ends every session. Wrong passphrases are throttled in the database, so a
 * restart or a second node does not reset the count. Java cannot promise that no copy of a key
 * survives in memory; sealing zeroes our copies and drops every reference to them.
 */
@Service
public class Vault {

    /** Shortest passphrase accepted: it is the only thing between a seized disk and the data. */
    public static final int MIN_PASSPHRASE_LENGTH = 16;
    private static final int FREE_FAILURES = 3;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(Vault.class);
    private static final Logger alarm = LoggerFactory.getLogger("org.rightsdesk.vault.integrity");

    /** Data keys in memory while unsealed. */
    private record Keys(int activeEncryptionKey, Map<Integer, byte[]> encryption, byte[] index) {
        void wipe() {
            encryption.values().forEach(k -> Arrays.fill(k, (byte) 0));
            Arrays.fill(index, (byte) 0);
        }
    }

    private final Keyring keyring;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final Object lock = new Object();

    private volatile Keys keys;
    private volatile boolean setUp;
    private volatile Duration lastUnseal;
    private final java.util.concurrent.atomic.LongAdder decryptions = new java.util.concurrent.atomic.LongAdder();

    Vault(Keyring keyring, AuditLog audit, ApplicationEventPublisher events, Clock clock,
          PlatformTransactionManager transactions, @Value("${rightsdesk.demo:false}") boolean demo) {
        this.keyring = keyring;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.demo = demo;
    }

    // ---- state ---------------------------------------------------------------------------------

    public VaultStatus status() {
        if (keys != null) {
            return VaultStatus.UNSEALED;
        }
        return isSetUp() ? VaultStatus.SEALED : VaultStatus.NOT_SET_UP;
    }

    public boolean isSealed() {
        return keys == null;
    }

    /** True when a passphrase has been chosen (the key ring exists). */
    public boolean isSetUp() {
        if (!setUp) {
            setUp = keyring.load().isPresent();
        }
        return setUp;
    }

    /** Demo mode: the key is a throwaway made for this run, and its data dies with the demo. */
    public boolean isEphemeral() {
        return demo;
    }

    /** How long the last successful unseal took (key derivation and unwrapping), if any. */
    public Optional<Duration> lastUnsealDuration() {
        return Optional.ofNullable(lastUnseal);
    }

    /** How many values have been opened since start (for measuring what encryption costs a page). */
    public long decryptions() {
        return decryptions.sum();
    }

    /** When the next unseal attempt will be considered, if wrong passphrases made it wait. */
    public Optional<Instant> unsealBlockedUntil() {
        return keyring.load().map(Keyring.Row::unsealBlockedUntil).filter(t -> t.isAfter(clock.instant()));
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    /**
     * First start: chooses the passphrase, creates the data keys and leaves the vault unsealed.
     *
     * @throws VaultProblem if the vault is already set up or the passphrase is too short
     */
    public void setUp(char[] passphrase, String actor) {
        checkPassphrase(passphrase);
        synchronized (lock) {
            if (isSetUp()) {
                throw new VaultProblem("already_set_up", "The vault is already set up; unseal it with its passphrase");
            }
            KdfParameters kdf = demo ? KdfParameters.DEMO : KdfParameters.DEFAULT;
            byte[] salt = Aead.randomSalt();
            byte[] master = kdf.derive(passphrase, salt);
            byte[] encryption = Aead.randomKey();
            byte[] index = Aead.randomKey();
            Instant now = clock.instant();
            int[] ids = new int[2];
            try {
                tx.executeWithoutResult(s -> {
                    keyring.insertRing(kdf, salt, now);
                    ids[0] = keyring.insertKey("encryption", now);
                    keyring.updateWrapped(ids[0], Aead.seal(master, 0, wrapContext(ids[0], "encryption"), encryption));
                    ids[1] = keyring.insertKey("index", now);
                    keyring.updateWrapped(ids[1], Aead.seal(master, 0, wrapContext(ids[1], "index"), index));
                    audit.record(actor, "vault.set_up", "vault", "1");
                });
            } catch (DuplicateKeyException race) {
                throw new VaultProblem("already_set_up", "The vault is already set up; unseal it with its passphrase");
            } finally {
                Arrays.fill(master, (byte) 0);
            }
            setUp = true;
            keys = new Keys(ids[0], new HashMap<>(Map.of(ids[0], encryption)), index);
        }
        log.info("Vault set up{}", demo ? " with a throwaway demo key" : "");
        events.publishEvent(new VaultEvent.Unsealed(actor, clock.instant()));
    }

    /**
     * Unwraps the data keys with the passphrase. Does nothing when already unsealed.
     *
     * @throws VaultProblem for a wrong passphrase, too many recent failures, or a vault not set up
     */
    public void unseal(char[] passphrase, String actor) {
        synchronized (lock) {
            if (keys != null) {
                return;
            }
            long started = System.nanoTime();
            Keyring.Row ring = keyring.load().orElseThrow(() ->
                    new VaultProblem("not_set_up", "The vault has not been set up yet: choose a passphrase first"));
            setUp = true;
            checkThrottle(ring);
            Keys opened;
            try {
                opened = open(ring, passphrase);
            } catch (Aead.BadTag wrong) {
                recordFailure(ring);
                audit.record(actor, "vault.unseal_failed", "vault", "1");
                throw new VaultProblem("wrong_passphrase", "Wrong passphrase; the vault stays sealed");
            }
            keyring.clearFailures();
            keys = opened;
            lastUnseal = Duration.ofNanos(System.nanoTime() - started);
            audit.record(actor, "vault.unsealed", "vault", "1");
        }
        log.info("Vault unsealed in {} ms", lastUnseal.toMillis());
        events.publishEvent(new VaultEvent.Unsealed(actor, clock.instant()));
    }

    /** Drops the keys from memory at once. Pages and the API stop serving personal data. */
    public void seal(String actor) {
        Keys old;
        synchronized (lock) {
            old = keys;
            keys = null;
        }
        if (old != null) {
            old.wipe();
            audit.record(actor, "vault.sealed", "vault", "1");
            log.info("Vault sealed");
        }
        // Published even when already sealed: "seal now" must always end the sessions.
        events.publishEvent(new VaultEvent.Sealed(actor, clock.instant()));
    }

    /**
     * Re-wraps the data keys under a master key derived from a new passphrase (and a new salt).
     * Sealed data is not touched and a running server keeps working: it holds the data keys,
     * which do not change. Throttled like unsealing.
     */
    public void changePassphrase(char[] current, char[] next, String actor) {
        checkPassphrase(next);
        synchronized (lock) {
            Keyring.Row ring = keyring.load().orElseThrow(() ->
                    new VaultProblem("not_set_up", "The vault has not been set up yet: choose a passphrase first"));
            checkThrottle(ring);
            Keys opened;
            try {
                opened = open(ring, current);
            } catch (Aead.BadTag wrong) {
                recordFailure(ring);
                audit.record(actor, "vault.rotate_failed", "vault", "1");
                throw new VaultProblem("wrong_passphrase", "Wrong passphrase; nothing was changed");
            }
            KdfParameters kdf = demo ? KdfParameters.DEMO : KdfParameters.DEFAULT;
            byte[] salt = Aead.randomSalt();
            byte[] master = kdf.derive(next, salt);
            try {
                tx.executeWithoutResult(s -> {
                    for (Keyring.WrappedKey k : keyring.keys()) {
                        byte[] plain = k.purpose().equals("index") ? opened.index() : opened.encryption().get(k.id());
                        keyring.updateWrapped(k.id(), Aead.seal(master, 0, wrapContext(k.id(), k.purpose()), plain));
                    }
                    keyring.updateKdf(kdf, salt, clock.instant());
                    keyring.clearFailures();
                    audit.record(actor, "vault.keys_rotated", "vault", "1");
                });
            } finally {
                Arrays.fill(master, (byte) 0);
                opened.wipe();
            }
        }
        log.info("Vault data keys re-wrapped under a new passphrase");
    }

    // ---- sealing and opening values ------------------------------------------------------------

    /** The associated data naming where a value lives: {@code table.column:id}. */
    public static String field(String table, String column, long id) {
        return table + "." + column + ":" + id;
    }

    /** Seals bytes for the given place; null stays null. */
    public byte[] encrypt(String field, byte[] plain) {
        if (plain == null) {
            return null;
        }
        Keys k = current();
        return Aead.seal(k.encryption().get(k.activeEncryptionKey()), k.activeEncryptionKey(), field, plain);
    }

    public byte[] encryptText(String field, String text) {
        return text == null ? null : encrypt(field, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opens a value sealed for the given place; null stays null.
     *
     * @throws TamperedRecordException when the bytes do not authenticate (an integrity alarm is logged)
     */
    public byte[] decrypt(String field, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        Keys k = current();
        decryptions.increment();
        byte[] key = k.encryption().get(Aead.keyId(sealed));
        try {
            if (key == null) {
                throw new Aead.BadTag();
            }
            return Aead.open(key, field, sealed);
        } catch (Aead.BadTag bad) {
            if (keys != k) {
                throw new VaultSealedException(); // sealed while we were reading: not an attack
            }
            raiseAlarm(field);
            throw new TamperedRecordException(field);
        }
    }

    public String decryptText(String field, byte[] sealed) {
        byte[] plain = decrypt(field, sealed);
        return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
    }

    /**
     * A blind index: keyed HMAC-SHA256 of an already normalised value, in hex, for exact-match
     * lookups without storing the value. {@code domain} keeps indexes of different kinds apart.
     */
    public String blindIndex(String domain, String normalised) {
        Keys k = current();
        return HexFormat.of().formatHex(Aead.hmac(k.index(), domain + "\u001f" + normalised));
    }

    /** Fails with {@link VaultSealedException} unless unsealed: a guard for paths that show personal data. */
    public void requireUnsealed() {
        current();
    }

    // ---- internals -----------------------------------------------------------------------------

    private Keys current() {
        Keys k = keys;
        if (k == null) {
            throw new VaultSealedException();
        }
        return k;
    }

    private Keys open(Keyring.Row ring, char[] passphrase) throws Aead.BadTag {
        byte[] master = ring.kdf().derive(passphrase == null ? new char[0] : passphrase, ring.salt());
        try {
            Map<Integer, byte[]> encryption = new HashMap<>();
            byte[] index = null;
            int active = -1;
            for (Keyring.WrappedKey k : keyring.keys()) {
                byte[] plain = Aead.open(master, wrapContext(k.id(), k.purpose()), k.wrapped());
                if (k.purpose().equals("index")) {
                    index = plain;
                } else {
                    encryption.put(k.id(), plain);
                    if (k.active()) {
                        active = Math.max(active, k.id());
                    }
                }
            }
            if (index == null || active < 0) {
                throw new IllegalStateException("The vault key ring is incomplete (missing data keys)");
            }
            return new Keys(active, encryption, index);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    private void checkThrottle(Keyring.Row ring) {
        Instant now = clock.instant();
        if (ring.unsealBlockedUntil() != null && ring.unsealBlockedUntil().isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, ring.unsealBlockedUntil()).toSeconds());
            throw new VaultProblem("throttled", "Too many wrong passphrases; wait " + seconds + " seconds and try again", seconds);
        }
    }

    private void recordFailure(Keyring.Row ring) {
        int failures = ring.failedUnseals() + 1;
        Duration wait = delayAfter(failures);
        keyring.recordFailure(failures, wait.isZero() ? null : clock.instant().plus(wait));
        log.warn("Wrong vault passphrase (failure {} in a row)", failures);
    }

    /** No wait for the first few mistakes, then 1 s, 2 s, 4 s … up to a quarter of an hour. */
    static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration d = Duration.ofSeconds(1L << Math.min(20, failures - FREE_FAILURES));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private void raiseAlarm(String field) {
        alarm.error("INTEGRITY ALARM: {} failed authentication and was not decrypted "
                + "(altered, truncated or copied from another record)", field);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                audit.record("system", "vault.integrity_alarm", field.substring(0, field.indexOf(':')),
                        field.substring(field.indexOf(':') + 1));
            } catch (RuntimeException e) {
                alarm.error("Could not write the integrity alarm to the audit log: {}", e.getClass().getSimpleName());
            }
        }
    }

    private static String wrapContext(int id, String purpose) {
        return "vault_data_keys.wrapped:" + id + ":" + purpose;
    }

    private static void checkPassphrase(char[] passphrase) {
        int length = passphrase == null ? 0 : new String(passphrase).codePointCount(0, passphrase.length);
        if (length < MIN_PASSPHRASE_LENGTH) {
            throw new VaultProblem("passphrase_short", "The passphrase must be at least " + MIN_PASSPHRASE_LENGTH
                    + " characters long", MIN_PASSPHRASE_LENGTH);
        }
    }
}
