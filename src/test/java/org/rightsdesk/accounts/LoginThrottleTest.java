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
        for (int i = 0; i < LoginThrottle.ACCOUNT.freeFailures() - 1; i++) {
            throttle.recordFailure(name, address);
        }
        assertThat(throttle.blockedUntil(name, address)).isEmpty();
        throttle.recordFailure(name, address); // 3rd
        assertThat(throttle.blockedUntil(name, address)).contains(clock.instant().plusSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        throttle.recordFailure(name, address); // 4th
        assertThat(throttle.blockedUntil(name, address)).contains(clock.instant().plusSeconds(2));
    }

    @Test
    void tenFailuresLockTheAccountForAQuarterHourAndAdminsSeeIt() {
        for (int i = 0; i < LoginThrottle.ACCOUNT.lockAfter(); i++) {
            throttle.recordFailure(name, "203.0.113." + i); // different addresses: the account lock alone
            clock.advance(Duration.ofSeconds(61));
        }
        assertThat(throttle.isLocked(name)).isTrue();
        assertThat(throttle.lockedAccounts()).extracting(LoginThrottle.Lock::username).contains(name);
        assertThat(throttle.blockedUntil(name, "192.0.2.1")).isPresent();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isLocked(name)).isFalse();
        assertThat(throttle.blockedUntil(name, "192.0.2.1")).isEmpty();
    }

    @Test
    void anAdminUnlockLiftsTheLock() {
        for (int i = 0; i < LoginThrottle.ACCOUNT.lockAfter(); i++) {
            throttle.recordFailure(name, address);
        }
        assertThat(throttle.isLocked(name)).isTrue();
        throttle.unlock(name);
        assertThat(throttle.isLocked(name)).isFalse();
        assertThat(throttle.lockedAccounts()).extracting(LoginThrottle.Lock::username).doesNotContain(name);
    }

    @Test
    void successClearsTheAccountCount() {
        throttle.recordFailure(name, address);
        throttle.recordFailure(name, address);
        throttle.recordSuccess(name);
        throttle.recordFailure(name, address);
        throttle.recordFailure(name, address);
        assertThat(throttle.blockedUntil(name, "192.0.2.77")).isEmpty();
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDown() {
        String guesser = "203.0.113.250";
        for (int i = 0; i < LoginThrottle.ADDRESS.freeFailures(); i++) {
            throttle.recordFailure("nobody-" + i + "-" + name, guesser);
        }
        assertThat(throttle.blockedUntil("someone-else", guesser)).isPresent();
        assertThat(throttle.blockedUntil("someone-else", "192.0.2.200")).isEmpty();
    }

    @Test
    void attemptedNamesAndAddressesAreNotStoredInClear() {
        String typedPassword = "oops-my-password-" + UUID.randomUUID();
        throttle.recordFailure(typedPassword, address);
        long clear = jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE throttle_key LIKE ? OR throttle_key LIKE ?")
                .params("%" + typedPassword + "%", "%" + address + "%").query(Long.class).single();
        assertThat(clear).isZero();
    }

    @Test
    void delaysGrowThenCapThenLock() {
        var p = LoginThrottle.ACCOUNT;
        assertThat(LoginThrottle.delayAfter(2, p)).isZero();
        assertThat(LoginThrottle.delayAfter(3, p)).hasSeconds(1);
        assertThat(LoginThrottle.delayAfter(5, p)).hasSeconds(4);
        assertThat(LoginThrottle.delayAfter(9, p)).hasSeconds(60);
        assertThat(LoginThrottle.delayAfter(10, p)).isEqualTo(Duration.ofMinutes(15));
    }
}
