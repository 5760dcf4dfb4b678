package org.rightsdesk.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then stops password guessing, per account and per network address.
 * After a few failures each further attempt must wait (1 s, 2 s, 4 s … up to a minute);
 * after many, the account (or address) is locked for a quarter of an hour, and admins see it.
 * Counts live in the database, so a restart or a second node does not reset them.
 */
@Service
public class LoginThrottle {

    /** Limits for one kind of key. Addresses get more room: many people share one NAT. */
    record Policy(int freeFailures, int lockAfter, Duration maxDelay, Duration lockFor, Duration forgetAfter) {
    }

    static final Policy ACCOUNT = new Policy(3, 10, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(15));
    static final Policy ADDRESS = new Policy(10, 30, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** A locked account, for the admins' list. */
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

    /** When the next attempt for this user from this address may be made, if it must wait. */
    public Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> user = blockedUntil(accountKey(username), now);
        Optional<Instant> addr = blockedUntil(addressKey(address), now);
        if (user.isPresent() && addr.isPresent()) {
            return Optional.of(user.get().isAfter(addr.get()) ? user.get() : addr.get());
        }
        return user.isPresent() ? user : addr;
    }

    /** True when the account has reached the lock threshold and the lock has not run out. */
    public boolean isLocked(String username) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ? AND failures >= ? AND blocked_until > ?")
                .params(accountKey(username), ACCOUNT.lockAfter(), Timestamp.from(now)).query(Long.class).single() > 0;
    }

    @Transactional
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        fail(accountKey(username), ACCOUNT, now);
        fail(addressKey(address), ADDRESS, now);
    }

    /** A successful login clears the account's count; the address keeps its count until it expires. */
    @Transactional
    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(accountKey(username)).update();
    }

    /** Lifts a lock (admins). */
    @Transactional
    public void unlock(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(accountKey(username)).update();
    }

    /** Existing accounts locked right now (keys of names that match no account are not listed). */
    public List<Lock> lockedAccounts() {
        Map<String, String> byKey = new HashMap<>();
        for (UserAccount u : users.findAll()) {
            byKey.put(accountKey(u.username()), u.username());
        }
        return jdbc.sql("SELECT throttle_key, failures, blocked_until FROM login_throttle "
                        + "WHERE throttle_key LIKE 'user:%' AND failures >= ? AND blocked_until > ?")
                .params(ACCOUNT.lockAfter(), Timestamp.from(clock.instant()))
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
        // A failure long after the last one (and after any lock ran out) starts a fresh count.
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

    /** How long to wait after the given number of consecutive failures. */
    static Duration delayAfter(int failures, Policy policy) {
        if (failures >= policy.lockAfter()) {
            return policy.lockFor();
        }
        if (failures < policy.freeFailures()) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(20, failures - policy.freeFailures());
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : d;
    }

    // Keys are hashed: people sometimes type a password into the user-name field, and
    // addresses of staff are their personal data; neither should sit in the table in clear.
    static String accountKey(String username) {
        return "user:" + Digests.sha256Hex(AccountService.normaliseKey(username));
    }

    static String addressKey(String address) {
        return "addr:" + Digests.sha256Hex(address == null ? "unknown" : address);
    }
}
