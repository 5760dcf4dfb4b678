package org.rightsdesk.vault;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rightsdesk.accounts.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vault: seals personal data at rest and holds the keys that open it while the server runs.
 *
 * <p>Envelope encryption. Random 256-bit data keys — for AES-256-GCM encryption of fields and
 * files, and for the HMAC of blind indexes — are stored wrapped (AES-GCM) under a random ring
 * key, and the ring key is stored wrapped under the master key. The master key comes either from
 * the unseal passphrase (Argon2id, parameters and salt in the key ring) or from M of N key shares
 * (Shamir's secret sharing, see {@link KeyShares}); it is forgotten as soon as the ring key is
 * unwrapped. Changing the passphrase, switching to shares or re-issuing them re-wraps only the
 * ring key: no data is re-encrypted. Each sealed value is bound to its place
 * ({@code table.column:id}) as associated data, so a ciphertext copied elsewhere does not open.
 *
 * <p>One seal for every server. The seal is a fact in the database (an epoch in
 * {@code vault_seal}): {@link #seal} drops this server's keys and raises the epoch, and every
 * other server of the database drops its keys within a second ({@link SealWatch}) and publishes
 * {@link VaultEvent.Sealed} so the web shell ends its sessions. Unsealing is per server: keys
 * exist only in each server's memory and never travel, so every server is unsealed on its own
 * (passphrase, shares entered on that server, or its key file). Wrong passphrases and share
 * combinations are throttled in the database, so a restart or a second server does not reset the
 * count. Java cannot promise that no copy of a key survives in memory; sealing zeroes our copies
 * and drops every reference to them.
 */
@Service
public class Vault {

    /** Shortest passphrase accepted: it is the only thing between a seized disk and the data. */
    public static final int MIN_PASSPHRASE_LENGTH = 16;
    private static final int FREE_FAILURES = 3;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final String RING_CONTEXT = "vault_keyring.ring_key";

    private static final Logger log = LoggerFactory.getLogger(Vault.class);
    private static final Logger alarm = LoggerFactory.getLogger("org.rightsdesk.vault.integrity");

    /** How the vault is unsealed: with a passphrase, or with M of N key shares. */
    public record UnsealMethod(boolean shares, int threshold, int count) {
    }

    /** Keys in memory while unsealed, and the seal epoch and ring generation they were loaded at. */
    private record Keys(byte[] ring, int activeEncryptionKey, Map<Integer, byte[]> encryption, byte[] index,
                        long epoch, long generation) {
        void wipe() {
            encryption.values().forEach(k -> Arrays.fill(k, (byte) 0));
            Arrays.fill(index, (byte) 0);
            Arrays.fill(ring, (byte) 0);
        }
    }

    /** Shares entered so far on this server, in memory only. */
    private static final class Pending {
        final String set;
        final int threshold;
        final Instant expires;
        final Map<Integer, KeyShares.Share> shares = new LinkedHashMap<>();

        Pending(String set, int threshold, Instant expires) {
            this.set = set;
            this.threshold = threshold;
            this.expires = expires;
        }

        void wipe() {
            shares.values().forEach(s -> Arrays.fill(s.value(), (byte) 0));
            shares.clear();
        }
    }

    private final Keyring keyring;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final Duration shareTimeout;
    private final Object lock = new Object();

    private volatile Keys keys;
    private volatile boolean setUp;
    private volatile Duration lastUnseal;
    private Pending pending;
    private final java.util.concurrent.atomic.LongAdder decryptions = new java.util.concurrent.atomic.LongAdder();

    Vault(Keyring keyring, AuditLog audit, ApplicationEventPublisher events, Clock clock,
          PlatformTransactionManager transactions, @Value("${rightsdesk.demo:false}") boolean demo,
          @Value("${rightsdesk.vault.share-timeout:PT10M}") Duration shareTimeout) {
        this.keyring = keyring;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.demo = demo;
        this.shareTimeout = shareTimeout;
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

    /** The Argon2id setting new passphrases get: the demo's is deliberately weak (it starts fast). */
    public String kdfSetting() {
        KdfParameters kdf = kdf();
        return "Argon2id " + kdf.memoryKib() / 1024 + " MiB, " + kdf.iterations() + (kdf.iterations() == 1 ? " pass" : " passes");
    }

    /** Passphrase or shares, and for shares how many are needed of how many. */
    public Optional<UnsealMethod> unsealMethod() {
        return keyring.load().map(r -> new UnsealMethod(r.mode() == Keyring.Mode.SHARES, r.shareThreshold(), r.shareCount()));
    }

    /** When and by whom the vault was last sealed (on any server), if ever. */
    public Optional<VaultEvent.Sealed> lastSeal() {
        Keyring.Shared s = keyring.shared();
        return s.sealedAt() == null ? Optional.empty() : Optional.of(new VaultEvent.Sealed(s.sealedBy(), s.sealedAt()));
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
            KdfParameters kdf = kdf();
            byte[] salt = Aead.randomSalt();
            byte[] master = kdf.derive(passphrase, salt);
            byte[] ring = Aead.randomKey();
            byte[] encryption = Aead.randomKey();
            byte[] index = Aead.randomKey();
            Instant now = clock.instant();
            int[] ids = new int[2];
            long epoch = keyring.shared().sealEpoch();
            try {
                tx.executeWithoutResult(s -> {
                    keyring.insertRing(kdf, salt, Aead.seal(master, 0, RING_CONTEXT, ring), now);
                    ids[0] = keyring.insertKey("encryption", now);
                    keyring.updateWrapped(ids[0], Aead.seal(ring, 0, wrapContext(ids[0], "encryption"), encryption));
                    ids[1] = keyring.insertKey("index", now);
                    keyring.updateWrapped(ids[1], Aead.seal(ring, 0, wrapContext(ids[1], "index"), index));
                    audit.record(actor, "vault.set_up", "vault", "1");
                });
            } catch (DuplicateKeyException race) {
                throw new VaultProblem("already_set_up", "The vault is already set up; unseal it with its passphrase");
            } finally {
                Arrays.fill(master, (byte) 0);
            }
            setUp = true;
            keys = new Keys(ring, ids[0], new HashMap<>(Map.of(ids[0], encryption)), index, epoch, 0);
        }
        log.info("Vault set up{}", demo ? " with a throwaway demo key" : "");
        events.publishEvent(new VaultEvent.Unsealed(actor, clock.instant()));
    }

    /**
     * Unwraps the keys with the passphrase. Does nothing when already unsealed.
     *
     * @throws VaultProblem for a wrong passphrase, too many recent failures, a vault not set up,
     *                      or a vault that is unsealed with key shares
     */
    public void unseal(char[] passphrase, String actor) {
        synchronized (lock) {
            if (keys != null) {
                return;
            }
            long started = System.nanoTime();
            Keyring.Row ring = ring();
            if (ring.mode() == Keyring.Mode.SHARES) {
                throw new VaultProblem("uses_shares", "This vault is unsealed with key shares, not a passphrase: "
                        + ring.shareThreshold() + " of the " + ring.shareCount() + " holders enter theirs", ring.shareThreshold(),
                        ring.shareCount());
            }
            checkThrottle(ring);
            long epoch = keyring.shared().sealEpoch();
            byte[] master = ring.kdf().derive(passphrase == null ? new char[0] : passphrase, ring.salt());
            unsealWith(ring, master, epoch, actor, started, "Wrong passphrase; the vault stays sealed", "wrong_passphrase");
        }
        afterUnseal(actor);
    }

    /**
     * Takes one key share toward unsealing. Shares are held in this server's memory only, until
     * enough have been entered or {@code rightsdesk.vault.share-timeout} (10 minutes) has passed
     * since the first. The last one needed unseals.
     *
     * @throws VaultProblem for a malformed or mistyped share, a share of another set, one entered
     *                      twice, a combination that does not open the key ring, or throttling
     */
    public ShareProgress enterShare(String text, String actor) {
        ShareProgress progress;
        synchronized (lock) {
            if (keys != null) {
                return new ShareProgress(0, 0, null, true);
            }
            long started = System.nanoTime();
            Keyring.Row ring = ring();
            if (ring.mode() != Keyring.Mode.SHARES) {
                throw new VaultProblem("uses_passphrase", "This vault is unsealed with its passphrase, not with key shares");
            }
            checkThrottle(ring);
            KeyShares.Share share = KeyShares.parse(text);
            if (!share.set().equals(ring.shareSet()) || share.threshold() != ring.shareThreshold()) {
                throw new VaultProblem("share_other_set", "This share belongs to another set of shares (an earlier one, "
                        + "replaced since); it was not counted");
            }
            expirePending();
            if (pending == null) {
                pending = new Pending(ring.shareSet(), ring.shareThreshold(), clock.instant().plus(shareTimeout));
            }
            if (pending.shares.containsKey(share.index())) {
                throw new VaultProblem("share_repeated", "Share number " + share.index() + " has already been entered",
                        share.index());
            }
            pending.shares.put(share.index(), share);
            audit.record(actor, "vault.share_entered", "vault", "1");
            if (pending.shares.size() < pending.threshold) {
                return new ShareProgress(pending.shares.size(), pending.threshold, pending.expires, false);
            }
            byte[] master = KeyShares.join(pending.shares.values());
            pending.wipe();
            pending = null;
            long epoch = keyring.shared().sealEpoch();
            unsealWith(ring, master, epoch, actor, started, "The shares do not fit together: at least one is not a "
                    + "share of this vault; they were all forgotten, enter them again", "shares_wrong");
            progress = new ShareProgress(ring.shareThreshold(), ring.shareThreshold(), null, true);
        }
        afterUnseal(actor);
        return progress;
    }

    /** The shares entered so far on this server, if any are waiting for more. */
    public Optional<ShareProgress> pendingShares() {
        synchronized (lock) {
            expirePending();
            return pending == null ? Optional.empty()
                    : Optional.of(new ShareProgress(pending.shares.size(), pending.threshold, pending.expires, false));
        }
    }

    /**
     * Seals every server of the database now: drops this server's keys, forgets entered shares,
     * raises the shared seal epoch (the others follow within a second) and publishes
     * {@link VaultEvent.Sealed} so every session is ended.
     */
    public void seal(String actor) {
        Keys old = dropKeys();
        try {
            keyring.bumpSealEpoch(actor, clock.instant());
            audit.record(actor, "vault.sealed", "vault", "1");
        } catch (DataAccessException e) {
            // This server is sealed whatever happens; the others can only follow what the database says.
            log.error("Vault sealed here, but the seal could not be recorded in the database ({}): other servers "
                    + "of this database may still be unsealed; seal them too", e.getClass().getSimpleName());
        }
        log.info("Vault sealed{}", old == null ? " (it was already sealed here)" : "");
        // Published even when already sealed: "seal now" must always end the sessions.
        events.publishEvent(new VaultEvent.Sealed(actor, clock.instant()));
    }

    /**
     * Follows what the database says (called about twice a second by {@link SealWatch}): drops
     * the keys when another server sealed the vault after this one was unsealed, and loads data
     * keys added by another server. Forgets entered shares once they expire.
     */
    void followSharedState() {
        synchronized (lock) {
            expirePending();
        }
        Keys k = keys;
        if (k == null) {
            return;
        }
        Keyring.Shared shared = keyring.shared();
        if (shared.sealEpoch() > k.epoch()) {
            if (dropKeys() != null) {
                log.info("Vault sealed by another server of this database");
                events.publishEvent(new VaultEvent.Sealed(shared.sealedBy() == null ? "another server" : shared.sealedBy(),
                        clock.instant()));
            }
        } else if (shared.generation() != k.generation()) {
            reloadDataKeys();
        }
    }

    /**
     * Re-wraps the ring key under a master key derived from a new passphrase (and a new salt),
     * leaving shares mode if the vault was in it. No data is touched and running servers keep
     * working. Throttled like unsealing.
     */
    public void changePassphrase(VaultCredential current, char[] next, String actor) {
        checkPassphrase(next);
        synchronized (lock) {
            Keyring.Row ring = ring();
            checkThrottle(ring);
            byte[] ringKey = openRingKey(ring, current, actor);
            KdfParameters kdf = kdf();
            byte[] salt = Aead.randomSalt();
            byte[] master = kdf.derive(next, salt);
            try {
                tx.executeWithoutResult(s -> {
                    keyring.usePassphrase(kdf, salt, Aead.seal(master, 0, RING_CONTEXT, ringKey), clock.instant());
                    keyring.clearFailures();
                    audit.record(actor, "vault.keys_rotated", "vault", "1");
                });
            } finally {
                Arrays.fill(master, (byte) 0);
                Arrays.fill(ringKey, (byte) 0);
            }
            forgetPending();
        }
        log.info("Vault ring key re-wrapped under a new passphrase");
    }

    /** {@link #changePassphrase(VaultCredential, char[], String)} with the current passphrase. */
    public void changePassphrase(char[] current, char[] next, String actor) {
        changePassphrase(VaultCredential.passphrase(current), next, actor);
    }

    /**
     * Switches to (or re-issues) M of N key shares: a new random master key, split into
     * {@code count} shares of which any {@code threshold} rebuild it, wraps the ring key. Shares of
     * an earlier set stop working; the passphrase (if there was one) too. No data is touched.
     *
     * @return the shares, to be handed one to each holder; they are not kept anywhere
     */
    public List<String> issueShares(VaultCredential current, int threshold, int count, String actor) {
        KeyShares.checkCounts(threshold, count);
        List<String> shares;
        synchronized (lock) {
            Keyring.Row ring = ring();
            checkThrottle(ring);
            byte[] ringKey = openRingKey(ring, current, actor);
            byte[] master = Aead.randomKey();
            String set = KeyShares.newSet();
            try {
                shares = KeyShares.split(master, set, threshold, count);
                tx.executeWithoutResult(s -> {
                    keyring.useShares(set, threshold, count, Aead.seal(master, 0, RING_CONTEXT, ringKey), clock.instant());
                    keyring.clearFailures();
                    audit.record(actor, "vault.shares_issued", "vault", "1");
                });
            } finally {
                Arrays.fill(master, (byte) 0);
                Arrays.fill(ringKey, (byte) 0);
            }
            forgetPending();
        }
        log.info("Vault master key split into {} shares, {} needed to unseal", count, threshold);
        return shares;
    }

    /**
     * Adds a new encryption data key and makes it the one new values are sealed under (other
     * servers load it within a second). Old values stay readable under their keys until
     * {@link Reencryption} seals them again under the new one.
     *
     * @return the new key's id
     */
    int rotateDataKey(String actor) {
        synchronized (lock) {
            Keys k = current();
            byte[] fresh = Aead.randomKey();
            Instant now = clock.instant();
            int[] id = new int[1];
            long[] generation = new long[1];
            tx.executeWithoutResult(s -> {
                id[0] = keyring.insertKey("encryption", now);
                keyring.updateWrapped(id[0], Aead.seal(k.ring(), 0, wrapContext(id[0], "encryption"), fresh));
                keyring.activateOnly(id[0]);
                generation[0] = keyring.bumpGeneration();
                audit.record(actor, "vault.data_key_rotated", "vault", String.valueOf(id[0]));
            });
            Map<Integer, byte[]> encryption = new HashMap<>(k.encryption());
            encryption.put(id[0], fresh);
            keys = new Keys(k.ring(), id[0], encryption, k.index(), k.epoch(), generation[0]);
            log.info("Vault: new data key {} is active", id[0]);
            return id[0];
        }
    }

    /** The id of the data key new values are sealed under (fails when sealed). */
    int activeKeyId() {
        return current().activeEncryptionKey();
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
        int keyId = Aead.keyId(sealed);
        byte[] key = k.encryption().get(keyId);
        if (key == null && keyId > 0) {
            k = reloadDataKeys(); // a data key another server has just added
            key = k.encryption().get(keyId);
        }
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

    /** Fails with {@link VaultSealedException} unless unsealed: a guard for paths that show or change personal data. */
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

    private Keys dropKeys() {
        Keys old;
        synchronized (lock) {
            old = keys;
            keys = null;
            forgetPending();
        }
        if (old != null) {
            old.wipe();
        }
        return old;
    }

    private Keyring.Row ring() {
        Keyring.Row ring = keyring.load().orElseThrow(() ->
                new VaultProblem("not_set_up", "The vault has not been set up yet: choose a passphrase first"));
        setUp = true;
        return ring;
    }

    private KdfParameters kdf() {
        return demo ? KdfParameters.DEMO : KdfParameters.DEFAULT;
    }

    /** Opens the key ring with the master key, or counts a failure and explains it. Holds the lock. */
    private void unsealWith(Keyring.Row ring, byte[] master, long epoch, String actor, long started, String wrong, String code) {
        Keys opened;
        try {
            opened = open(ring, master, epoch);
        } catch (Aead.BadTag bad) {
            recordFailure(ring);
            audit.record(actor, "vault.unseal_failed", "vault", "1");
            throw new VaultProblem(code, wrong);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
        keyring.clearFailures();
        keys = opened;
        lastUnseal = Duration.ofNanos(System.nanoTime() - started);
        audit.record(actor, "vault.unsealed", "vault", "1");
    }

    private void afterUnseal(String actor) {
        log.info("Vault unsealed in {} ms", lastUnseal.toMillis());
        events.publishEvent(new VaultEvent.Unsealed(actor, clock.instant()));
    }

    /** The ring key, from the current passphrase or shares; a wrong one is counted like a wrong unseal. */
    private byte[] openRingKey(Keyring.Row ring, VaultCredential credential, String actor) {
        byte[] master = masterKey(ring, credential);
        try {
            Keys opened = open(ring, master, keyring.shared().sealEpoch());
            byte[] ringKey = opened.ring().clone();
            opened.wipe();
            return ringKey;
        } catch (Aead.BadTag wrong) {
            recordFailure(ring);
            audit.record(actor, "vault.rotate_failed", "vault", "1");
            throw ring.mode() == Keyring.Mode.SHARES
                    ? new VaultProblem("shares_wrong", "The shares do not fit together; nothing was changed")
                    : new VaultProblem("wrong_passphrase", "Wrong passphrase; nothing was changed");
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    private byte[] masterKey(Keyring.Row ring, VaultCredential credential) {
        if (ring.mode() == Keyring.Mode.PASSPHRASE) {
            if (!credential.isPassphrase()) {
                throw new VaultProblem("uses_passphrase", "This vault is unsealed with its passphrase, not with key shares");
            }
            return ring.kdf().derive(credential.passphraseChars(), ring.salt());
        }
        if (credential.isPassphrase()) {
            throw new VaultProblem("uses_shares", "This vault is unsealed with key shares, not a passphrase: "
                    + ring.shareThreshold() + " of the " + ring.shareCount() + " holders enter theirs", ring.shareThreshold(),
                    ring.shareCount());
        }
        Map<Integer, KeyShares.Share> shares = new LinkedHashMap<>();
        for (String text : credential.shareTexts()) {
            KeyShares.Share s = KeyShares.parse(text);
            if (!s.set().equals(ring.shareSet()) || s.threshold() != ring.shareThreshold()) {
                throw new VaultProblem("share_other_set", "This share belongs to another set of shares (an earlier one, "
                        + "replaced since); it was not counted");
            }
            shares.put(s.index(), s);
        }
        if (shares.size() < ring.shareThreshold()) {
            throw new VaultProblem("shares_missing", ring.shareThreshold() + " different shares are needed, "
                    + shares.size() + " were given", ring.shareThreshold(), shares.size());
        }
        return KeyShares.join(shares.values());
    }

    /**
     * Unwraps the ring key with the master key and the data keys with the ring key. A key ring
     * from before the ring key existed (data keys wrapped under the master key) is upgraded here.
     */
    private Keys open(Keyring.Row ring, byte[] master, long epoch) throws Aead.BadTag {
        if (ring.ringKey() == null) {
            return upgradeLegacyRing(ring, master, epoch);
        }
        byte[] ringKey = Aead.open(master, RING_CONTEXT, ring.ringKey());
        return unwrapDataKeys(ringKey, epoch, ring.generation());
    }

    private Keys unwrapDataKeys(byte[] ringKey, long epoch, long generation) throws Aead.BadTag {
        Map<Integer, byte[]> encryption = new HashMap<>();
        byte[] index = null;
        int active = -1;
        for (Keyring.WrappedKey k : keyring.keys()) {
            byte[] plain = Aead.open(ringKey, wrapContext(k.id(), k.purpose()), k.wrapped());
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
        return new Keys(ringKey, active, encryption, index, epoch, generation);
    }

    private Keys upgradeLegacyRing(Keyring.Row ring, byte[] master, long epoch) throws Aead.BadTag {
        Keys legacy = unwrapDataKeys(master.clone(), epoch, ring.generation());
        byte[] ringKey = Aead.randomKey();
        tx.executeWithoutResult(s -> {
            for (Keyring.WrappedKey k : keyring.keys()) {
                byte[] plain = k.purpose().equals("index") ? legacy.index() : legacy.encryption().get(k.id());
                keyring.updateWrapped(k.id(), Aead.seal(ringKey, 0, wrapContext(k.id(), k.purpose()), plain));
            }
            keyring.usePassphrase(ring.kdf(), ring.salt(), Aead.seal(master, 0, RING_CONTEXT, ringKey), clock.instant());
        });
        log.info("Vault key ring upgraded: data keys now wrapped under a ring key");
        Arrays.fill(legacy.ring(), (byte) 0);
        return new Keys(ringKey, legacy.activeEncryptionKey(), legacy.encryption(), legacy.index(), epoch, legacy.generation());
    }

    /** Loads data keys added since this server unsealed (by a rotation here or on another server). */
    private Keys reloadDataKeys() {
        synchronized (lock) {
            Keys k = keys;
            if (k == null) {
                throw new VaultSealedException();
            }
            long generation = keyring.shared().generation();
            try {
                Keys fresh = unwrapDataKeys(k.ring().clone(), k.epoch(), generation);
                keys = fresh;
                return fresh;
            } catch (Aead.BadTag bad) {
                alarm.error("INTEGRITY ALARM: a data key in vault_data_keys does not open with this server's ring key");
                return k;
            }
        }
    }

    private void expirePending() {
        if (pending != null && !clock.instant().isBefore(pending.expires)) {
            log.info("Entered key shares expired and were forgotten");
            forgetPending();
        }
    }

    private void forgetPending() {
        if (pending != null) {
            pending.wipe();
            pending = null;
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
        log.warn("Wrong vault passphrase or shares (failure {} in a row)", failures);
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

    static String wrapContext(int id, String purpose) {
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
