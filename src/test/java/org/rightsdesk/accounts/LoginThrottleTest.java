package org.rightsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserRepository users;
    @Autowired
    AccountService accounts;

    MutableClock clock;
    LoginThrottle throttle;
    String name;
    String address;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        throttle = new LoginThrottle(jdbc, users, clock);
        name = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        address = "198.51.100." + (int) (Math.random() * 250);
        accounts.createUser(name, Role.LAWYER, "a long enough password", "test");
    }

    @Test
    void theFirstFailuresCostNothingThenEachMustWaitLonger() {
        for (int i = 0; i < LoginThrottle.CLIENT.freeFailures() - 1; i++) {
            throttle.recordFailure(name, address, null);
        }
        assertThat(throttle.blockedUntil(name, address, null)).isEmpty();
        throttle.recordFailure(name, address, null); // 3rd from this client
        assertThat(throttle.blockedUntil(name, address, null)).contains(clock.instant().plusSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        throttle.recordFailure(name, address, null); // 4th
        assertThat(throttle.blockedUntil(name, address, null)).contains(clock.instant().plusSeconds(2));
    }

    @Test
    void guessesFromEverywhereSlowStrangersDownButNeverLockAndNeverHoldUpTheOwnersBrowser() {
        // Many addresses, a few guesses each: the account-wide count grows, capped at a minute.
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure(name, "203.0.113." + i, null);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(throttle.isLocked(name)).isTrue();
        assertThat(throttle.lockedAccounts()).extracting(LoginThrottle.Lock::username).contains(name);
        Instant until = throttle.blockedUntil(name, "192.0.2.1", null).orElseThrow();
        assertThat(until).isBeforeOrEqualTo(clock.instant().plus(LoginThrottle.ACCOUNT.maxDelay()));
        // The owner's browser (known to the account) is not held up by other people's guesses.
        assertThat(throttle.blockedUntil(name, "192.0.2.1", "owners-browser-id")).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.blockedUntil(name, "192.0.2.1", null)).isEmpty();
    }

    @Test
    void aKnownBrowserThatGuessesIsSlowedDownItself() {
        for (int i = 0; i < LoginThrottle.CLIENT.freeFailures(); i++) {
            throttle.recordFailure(name, address, "browser-1");
        }
        assertThat(throttle.blockedUntil(name, address, "browser-1")).isPresent();
        assertThat(throttle.blockedUntil(name, address, "browser-2")).isEmpty();
    }

    @Test
    void anAdminUnlockLiftsEveryDelay() {
        for (int i = 0; i < 12; i++) {
            throttle.recordFailure(name, address, null);
        }
        assertThat(throttle.isLocked(name)).isTrue();
        assertThat(throttle.blockedUntil(name, "192.0.2.99", null)).isPresent();
        throttle.unlock(name);
        assertThat(throttle.isLocked(name)).isFalse();
        assertThat(throttle.lockedAccounts()).extracting(LoginThrottle.Lock::username).doesNotContain(name);
        assertThat(throttle.blockedUntil(name, "192.0.2.99", null)).isEmpty();
    }

    @Test
    void successClearsTheAccountCount() {
        throttle.recordFailure(name, address, null);
        throttle.recordFailure(name, address, null);
        throttle.recordSuccess(name, address, null);
        throttle.recordFailure(name, address, null);
        throttle.recordFailure(name, address, null);
        assertThat(throttle.blockedUntil(name, "192.0.2.77", null)).isEmpty();
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDown() {
        String guesser = "203.0.113.250";
        for (int i = 0; i < LoginThrottle.ADDRESS.freeFailures(); i++) {
            throttle.recordFailure("nobody-" + i + "-" + name, guesser, null);
        }
        assertThat(throttle.blockedUntil("someone-else", guesser, null)).isPresent();
        assertThat(throttle.blockedUntil("someone-else", "192.0.2.200", null)).isEmpty();
    }

    @Test
    void attemptedNamesAndAddressesAreNotStoredInClear() {
        String typedPassword = "oops-my-password-" + UUID.randomUUID();
        throttle.recordFailure(typedPassword, address, null);
        long clear = jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE throttle_key LIKE ? OR throttle_key LIKE ?")
                .params("%" + typedPassword + "%", "%" + address + "%").query(Long.class).single();
        assertThat(clear).isZero();
    }

    @Test
    void delaysGrowThenCapAndNeverBecomeALock() {
        var p = LoginThrottle.CLIENT;
        assertThat(LoginThrottle.delayAfter(2, p)).isZero();
        assertThat(LoginThrottle.delayAfter(3, p)).hasSeconds(1);
        assertThat(LoginThrottle.delayAfter(5, p)).hasSeconds(4);
        assertThat(LoginThrottle.delayAfter(100, p)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.delayAfter(1000, LoginThrottle.ACCOUNT)).isEqualTo(Duration.ofMinutes(1));
    }
}
