package org.rightsdesk.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: TOTP (RFC 6238, any authenticator app) plus ten one-time recovery codes.
 *
 * <p>The TOTP secret is never stored in clear. It is sealed (AES-256-GCM) under a key derived
 * from the user's password with Argon2id and a per-user salt, so reading the database gives
 * nothing without the password; it cannot be sealed with the vault's keys, because admins must
 * sign in (with their second factor) to unseal. Between the password step and the code step of a
 * sign-in, that password key is parked: sealed under a random one-time key whose half lives in the
 * session (in the database) and whose other half lives only in a short-lived cookie of the browser
 * ({@link #park}). Recovery codes are stored as SHA-256 (each carries 60 random bits). Wrong codes
 * count against the account in {@link LoginThrottle}. Changing one's password re-seals the secret;
 * an admin's password reset removes the second factor (the user enrols again).
 */
@Service
public class SecondFactor {

    static final int RECOVERY_CODES = 10;
    /** The app shown in authenticator apps next to the account name. */
    static final String ISSUER = "Rightsdesk";
    private static final String CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    /** A password-derived key with its salt, alive only during one sign-in or enrolment. */
    public record PasswordKey(byte[] salt, byte[] key) {
    }

    /** A new secret offered for enrolment: shown as a QR code and as text. */
    public record Offer(String secret, String otpauthUri) {
    }

    /** What parking a password key leaves: the part for the session and the part for the browser's cookie. */
    public record Parked(byte[] sessionPart, String cookiePart) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final AccountSettings settings;
    private final PasswordCheck passwords;
    private final UserRepository users;
    private final AccountChanges changes;

    SecondFactor(JdbcClient jdbc, Clock clock, AuditLog audit, LoginThrottle throttle, AccountSettings settings,
                 PasswordCheck passwords, UserRepository users, AccountChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.throttle = throttle;
        this.settings = settings;
        this.passwords = passwords;
        this.users = users;
    }

    public boolean isEnrolled(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM second_factors WHERE user_id = ?").param(userId).query(Long.class).single() > 0;
    }

    /** True when this user must use a second factor (the admin setting, for admins and lawyers). */
    public boolean isRequired(UserAccount user) {
        return (user.role() == Role.ADMIN || user.role() == Role.LAWYER) && settings.secondFactorRequired();
    }

    /** Unused recovery codes left. */
    public int recoveryCodesLeft(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL").param(userId)
                .query(Long.class).single().intValue();
    }

    /** A fresh secret to enrol with (nothing is stored until {@link #enrol} sees a code made from it). */
    public Offer offer(String username) {
        byte[] secret = SecretBox.random(20);
        return new Offer(Totp.base32(secret), Totp.uri(ISSUER, username, secret));
    }

    /** The same offer again (the form came back with a wrong code), or a fresh one if the secret is not Base32. */
    public Offer offerAgain(String username, String secret) {
        try {
            byte[] raw = Totp.fromBase32(secret);
            if (raw.length >= 16) {
                return new Offer(Totp.base32(raw), Totp.uri(ISSUER, username, raw));
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        return offer(username);
    }

    /** The key a password gives for this user: the stored salt if enrolled, a new one otherwise. */
    PasswordKey passwordKey(long userId, String password) {
        byte[] salt = jdbc.sql("SELECT salt FROM second_factors WHERE user_id = ?").param(userId).query(byte[].class)
                .optional().orElseGet(() -> SecretBox.random(16));
        return new PasswordKey(salt, SecretBox.keyFromPassword(password, salt));
    }

    /** Enrols from the account page: checks the password first (throttled), then as {@link #enrol}. */
    @Transactional(noRollbackFor = AccountProblem.class)
    public List<String> enrolWithPassword(UserAccount user, String password, String secret, String code, String keepSessionId) {
        passwords.verify(user.username(), password);
        return enrol(user, passwordKey(user.id(), password), secret, code, keepSessionId);
    }

    /**
     * Stores the second factor once a code made from {@code secret} is right, replacing any earlier
     * one, and returns ten new recovery codes to show once. The account's other sessions end and
     * its tokens are revoked.
     */
    @Transactional(noRollbackFor = AccountProblem.class)
    public List<String> enrol(UserAccount user, PasswordKey key, String secret, String code, String keepSessionId) {
        byte[] raw;
        try {
            raw = Totp.fromBase32(secret == null ? "" : secret);
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length < 16) {
            throw new AccountProblem("second_factor.secret", "The enrolment form was altered; start again");
        }
        long step = checkThrottle(user) ? Totp.matchingStep(raw, code, clock.instant(), Long.MIN_VALUE) : -1;
        if (step < 0) {
            throttle.recordSecondFactorFailure(user.username());
            throw new AccountProblem("second_factor.wrong", "The code is wrong; check the phone's clock and try the current code");
        }
        byte[] wrapped = SecretBox.seal(key.key(), raw, purpose(user.id()));
        jdbc.sql("DELETE FROM second_factors WHERE user_id = ?").param(user.id()).update();
        jdbc.sql("INSERT INTO second_factors (user_id, salt, wrapped_secret, enrolled_at, last_step) VALUES (?, ?, ?, ?, ?)")
                .params(user.id(), key.salt(), wrapped, Timestamp.from(clock.instant()), step).update();
        audit.record(user.username(), "user.second_factor_enrolled", "user", String.valueOf(user.id()));
        changes.changed(user, keepSessionId, user.username());
        return newRecoveryCodes(user.id());
    }

    /** New recovery codes after the password is checked again; the old ones stop working. */
    @Transactional(noRollbackFor = AccountProblem.class)
    public List<String> renewRecoveryCodes(UserAccount user, String password) {
        passwords.verify(user.username(), password);
        if (!isEnrolled(user.id())) {
            throw new AccountProblem("second_factor.none", "No second factor is set up");
        }
        audit.record(user.username(), "user.recovery_codes_renewed", "user", String.valueOf(user.id()));
        return newRecoveryCodes(user.id());
    }

    /**
     * Checks a code typed at sign-in: a current TOTP code (each accepted once) or an unused recovery
     * code (then used up). Throws {@code second_factor.throttled} while the account must wait.
     */
    @Transactional(noRollbackFor = AccountProblem.class)
    public boolean verify(UserAccount user, PasswordKey key, String typed) {
        if (!checkThrottle(user)) {
            Instant until = throttle.secondFactorBlockedUntil(user.username()).orElse(clock.instant());
            throw new AccountProblem("second_factor.throttled", "Too many wrong codes; wait and try again",
                    Math.max(1, Duration.between(clock.instant(), until).toSeconds()));
        }
        String code = typed == null ? "" : typed.strip();
        boolean ok = code.replaceAll("[\\s-]", "").matches("\\d{6}") ? totpMatches(user, key, code) : useRecoveryCode(user, code);
        if (ok) {
            audit.record(user.username(), "user.second_factor_passed", "user", String.valueOf(user.id()));
        } else {
            throttle.recordSecondFactorFailure(user.username());
        }
        return ok;
    }

    private boolean checkThrottle(UserAccount user) {
        return throttle.secondFactorBlockedUntil(user.username()).isEmpty();
    }

    private boolean totpMatches(UserAccount user, PasswordKey key, String code) {
        Optional<Object[]> row = jdbc.sql("SELECT wrapped_secret, last_step FROM second_factors WHERE user_id = ?")
                .param(user.id()).query((rs, n) -> new Object[]{rs.getBytes(1), rs.getLong(2)}).optional();
        if (row.isEmpty() || key == null) {
            return false;
        }
        byte[] secret = SecretBox.open(key.key(), (byte[]) row.get()[0], purpose(user.id()));
        if (secret == null) {
            return false;
        }
        long step = Totp.matchingStep(secret, code, clock.instant(), (Long) row.get()[1]);
        Arrays.fill(secret, (byte) 0);
        if (step < 0) {
            return false;
        }
        // Only one request can move last_step past this step: a code replayed in parallel fails.
        return jdbc.sql("UPDATE second_factors SET last_step = ? WHERE user_id = ? AND last_step < ?")
                .params(step, user.id(), step).update() == 1;
    }

    private boolean useRecoveryCode(UserAccount user, String code) {
        String normal = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (normal.length() != 12) {
            return false;
        }
        boolean used = jdbc.sql("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), user.id(), codeHash(user.id(), normal)).update() == 1;
        if (used) {
            audit.record(user.username(), "user.recovery_code_used", "user", String.valueOf(user.id()));
        }
        return used;
    }

    /**
     * Prepares sealing the secret again under a new password (the user changes it, knowing the old
     * one): the slow key derivations run now, outside any transaction; the returned action writes.
     */
    Runnable prepareRewrap(long userId, String oldPassword, String newPassword) {
        Optional<byte[][]> row = jdbc.sql("SELECT salt, wrapped_secret FROM second_factors WHERE user_id = ?").param(userId)
                .query((rs, n) -> new byte[][]{rs.getBytes(1), rs.getBytes(2)}).optional();
        if (row.isEmpty()) {
            return () -> { };
        }
        byte[] secret = SecretBox.open(SecretBox.keyFromPassword(oldPassword, row.get()[0]), row.get()[1], purpose(userId));
        if (secret == null) {
            // Cannot happen with a checked old password; if it does, the factor is unusable: remove it.
            return () -> remove(userId);
        }
        byte[] salt = SecretBox.random(16);
        byte[] wrapped = SecretBox.seal(SecretBox.keyFromPassword(newPassword, salt), secret, purpose(userId));
        Arrays.fill(secret, (byte) 0);
        return () -> jdbc.sql("UPDATE second_factors SET salt = ?, wrapped_secret = ? WHERE user_id = ?")
                .params(salt, wrapped, userId).update();
    }

    /** Removes the second factor and its recovery codes; false when there was none. */
    boolean remove(long userId) {
        jdbc.sql("DELETE FROM recovery_codes WHERE user_id = ?").param(userId).update();
        return jdbc.sql("DELETE FROM second_factors WHERE user_id = ?").param(userId).update() > 0;
    }

    /** The user turns it off (not allowed while their role requires it), after typing the password. */
    @Transactional(noRollbackFor = AccountProblem.class)
    public void disableWithPassword(UserAccount user, String password, String keepSessionId) {
        passwords.verify(user.username(), password);
        if (isRequired(user)) {
            throw new AccountProblem("second_factor.required", "Your role must use a second factor; it cannot be turned off");
        }
        if (remove(user.id())) {
            audit.record(user.username(), "user.second_factor_removed", "user", String.valueOf(user.id()));
            changes.changed(user, keepSessionId, user.username());
        }
    }

    /** An admin removes a user's second factor (lost phone and codes); the user's sessions end. */
    @Transactional
    public void resetByAdmin(UserAccount user, String actor) {
        if (remove(user.id())) {
            audit.record(actor, "user.second_factor_reset", "user", String.valueOf(user.id()));
        }
        changes.changed(user, null, actor);
    }

    private List<String> newRecoveryCodes(long userId) {
        jdbc.sql("DELETE FROM recovery_codes WHERE user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (byte b : SecretBox.random(12)) {
                code.append(CODE_ALPHABET.charAt((b & 0xff) % CODE_ALPHABET.length()));
            }
            String normal = code.toString();
            jdbc.sql("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)").params(userId, codeHash(userId, normal)).update();
            codes.add(normal.substring(0, 4) + "-" + normal.substring(4, 8) + "-" + normal.substring(8));
        }
        return codes;
    }

    private static String codeHash(long userId, String normalCode) {
        return Digests.sha256Hex("recovery:" + userId + ":" + normalCode);
    }

    private static String purpose(long userId) {
        return "second_factor:" + userId;
    }

    // ---- parking the password key between the two steps of a sign-in --------------------------------

    /** Seals a password key under a fresh one-time key: one part for the session, one for a cookie. */
    public static Parked park(PasswordKey key) {
        byte[] oneTime = SecretBox.random(32);
        byte[] plain = ByteBuffer.allocate(1 + key.salt().length + key.key().length)
                .put((byte) key.salt().length).put(key.salt()).put(key.key()).array();
        return new Parked(SecretBox.seal(oneTime, plain, "parked"), Base64.getUrlEncoder().withoutPadding().encodeToString(oneTime));
    }

    /** The password key again, or empty when either part is missing or does not fit the other. */
    public static Optional<PasswordKey> unpark(byte[] sessionPart, String cookiePart) {
        if (sessionPart == null || cookiePart == null) {
            return Optional.empty();
        }
        byte[] oneTime;
        try {
            oneTime = Base64.getUrlDecoder().decode(cookiePart.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] plain = oneTime.length == 32 ? SecretBox.open(oneTime, sessionPart, "parked") : null;
        if (plain == null) {
            return Optional.empty();
        }
        int saltLength = plain[0];
        return Optional.of(new PasswordKey(Arrays.copyOfRange(plain, 1, 1 + saltLength), Arrays.copyOfRange(plain, 1 + saltLength, plain.length)));
    }

    /** Finds the account (for the web shell's sign-in steps). */
    public Optional<UserAccount> account(String username) {
        return users.findByUsername(AccountService.normaliseKey(username));
    }
}
