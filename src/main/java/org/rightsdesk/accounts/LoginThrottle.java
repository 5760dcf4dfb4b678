package org.rightsdesk.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without handing guessers a way to lock people out. Three counts,
 * each with delays that grow (1 s, 2 s, 4 s …) up to a cap, never a hard lock:
 * <ul>
 * <li><b>client</b>: one account from one client (a browser that signed in to it before, else a
 *     network address) — capped at 15 minutes: a guesser only slows down themselves;</li>
 * <li><b>account</b>: one account from anywhere — capped at one minute, and not applied to a
 *     browser the account has signed in from before ({@link KnownBrowsers}), so a guesser rotating
 *     addresses slows strangers down but never the account's owner;</li>
 * <li><b>address</b>: one network address across accounts — capped at 15 minutes. The address is
 *     the connection's, or a forwarded one only from a configured trusted proxy.</li>
 * </ul>
 * Counts live in the database, so a restart does not reset them and every server of one database
 * agrees. Keys are hashed: people type passwords into the user-name field, and addresses are
 * personal data.
 */
@Service
public class LoginThrottle {

    /** Limits for one kind of key: free failures, the longest delay, and when a quiet key starts afresh. */
    record Policy(int freeFailures, Duration maxDelay, Duration forgetAfter) {
    }

    static final Policy CLIENT = new Policy(3, Duration.ofMinutes(15), Duration.ofHours(1));
    static final Policy ACCOUNT = new Policy(5, Duration.ofMinutes(1), Duration.ofMinutes(15));
    static final Policy ADDRESS = new Policy(10, Duration.ofMinutes(15), Duration.ofHours(1));
    /** Wrong second-factor codes: only someone who has the password gets to type one. */
    static final Policy SECOND_FACTOR = new Policy(5, Duration.ofMinutes(15), Duration.ofHours(6));

    /** An account being slowed down right now, for the admins' list. */
    public record Lock(String username, int failures, Instant until) {
    }

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, UserRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * When the next attempt for this user from this client may be made, if it must wait.
     * {@code knownBrowser} is the id of a browser that signed in to this account before (or null).
     */
    public Optional<Instant> blockedUntil(String username, String address, String knownBrowser) {
        Instant now = clock.instant();
        List<Optional<Instant>> waits = new ArrayList<>();
        waits.add(blockedUntil(clientKey(username, address, knownBrowser), now));
        if (knownBrowser == null) {
            waits.add(blockedUntil(accountKey(username), now));
            waits.add(blockedUntil(addressKey(address), now));
        }
        return waits.stream().flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** When the account-wide count lets the next attempt through (for re-entering a password while signed in). */
    public Optional<Instant> accountBlockedUntil(String username) {
        return blockedUntil(accountKey(username), clock.instant());
    }

    /** True while the account-wide count makes strangers wait. */
    public boolean isLocked(String username) {
        return accountBlockedUntil(username).isPresent();
    }

    @Transactional
    public void recordFailure(String username, String address, String knownBrowser) {
        Instant now = clock.instant();
        fail(clientKey(username, address, knownBrowser), CLIENT, now);
        fail(accountKey(username), ACCOUNT, now);
        fail(addressKey(address), ADDRESS, now);
    }

    /** A wrong password typed while signed in (password change, new token): counts for the account. */
    @Transactional
    public void recordAccountFailure(String username) {
        fail(accountKey(username), ACCOUNT, clock.instant());
    }

    /** When the next second-factor code for this account will be looked at, if it must wait. */
    public Optional<Instant> secondFactorBlockedUntil(String username) {
        return blockedUntil(secondFactorKey(username), clock.instant());
    }

    @Transactional
    public void recordSecondFactorFailure(String username) {
        fail(secondFactorKey(username), SECOND_FACTOR, clock.instant());
    }

    /** A successful sign-in clears the account's counts; the address keeps its count until it expires. */
    @Transactional
    public void recordSuccess(String username, String address, String knownBrowser) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key IN (?, ?, ?)")
                .params(accountKey(username), clientKey(username, address, knownBrowser), secondFactorKey(username)).update();
    }

    /** Lifts every delay on the account (admins). */
    @Transactional
    public void unlock(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key IN (?, ?) OR throttle_key LIKE ?")
                .params(accountKey(username), secondFactorKey(username), clientPrefix(username) + "%").update();
    }

    /** Existing accounts being slowed down right now (keys of names that match no account are not listed). */
    public List<Lock> lockedAccounts() {
        Map<String, String> byKey = new HashMap<>();
        for (UserAccount u : users.findAll()) {
            byKey.put(accountKey(u.username()), u.username());
        }
        return jdbc.sql("SELECT throttle_key, failures, blocked_until FROM login_throttle "
                        + "WHERE throttle_key LIKE 'user:%' AND blocked_until > ?")
                .param(Timestamp.from(clock.instant()))
                .query((rs, n) -> new Lock(byKey.get(rs.getString(1)), rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .list().stream().filter(l -> l.username() != null).sorted(Comparator.comparing(Lock::username)).toList();
    }

    private Optional<Instant> blockedUntil(String key, Instant now) {
        return jdbc.sql("SELECT blocked_until FROM login_throttle WHERE throttle_key = ? AND blocked_until > ?")
                .params(key, Timestamp.from(now)).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private void fail(String key, Policy policy, Instant now) {
        Timestamp forgetBefore = Timestamp.from(now.minus(policy.forgetAfter()));
        Timestamp nowTs = Timestamp.from(now);
        // A failure long after the last one (and after any delay ran out) starts a fresh count.
        int failures = jdbc.sql("""
                        INSERT INTO login_throttle (throttle_key, failures, last_failure_at, blocked_until)
                        VALUES (?, 1, ?, NULL)
                        ON CONFLICT (throttle_key) DO UPDATE SET
                          failures = CASE
                            WHEN login_throttle.last_failure_at < ?
                             AND (login_throttle.blocked_until IS NULL OR login_throttle.blocked_until < ?)
                            THEN 1 ELSE login_throttle.failures + 1 END,
                          last_failure_at = excluded.last_failure_at
                        RETURNING failures""")
                .params(key, nowTs, forgetBefore, nowTs)
                .query(Integer.class).single();
        Duration wait = delayAfter(failures, policy);
        if (!wait.isZero()) {
            jdbc.sql("UPDATE login_throttle SET blocked_until = ? WHERE throttle_key = ?")
                    .params(Timestamp.from(now.plus(wait)), key).update();
        }
    }

    /** How long to wait after the given number of consecutive failures: doubling, then capped. */
    static Duration delayAfter(int failures, Policy policy) {
        if (failures < policy.freeFailures()) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(20, failures - policy.freeFailures());
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : d;
    }

    static String accountKey(String username) {
        return "user:" + Digests.sha256Hex(AccountService.normaliseKey(username));
    }

    static String secondFactorKey(String username) {
        return "factor:" + Digests.sha256Hex(AccountService.normaliseKey(username));
    }

    static String addressKey(String address) {
        return "addr:" + Digests.sha256Hex(address == null ? "unknown" : address);
    }

    private static String clientPrefix(String username) {
        return "client:" + Digests.sha256Hex(AccountService.normaliseKey(username)).substring(0, 32) + ":";
    }

    static String clientKey(String username, String address, String knownBrowser) {
        String client = knownBrowser != null ? "browser:" + knownBrowser : "addr:" + (address == null ? "unknown" : address);
        return clientPrefix(username) + Digests.sha256Hex(client).substring(0, 32);
    }
}
