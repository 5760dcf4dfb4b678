package org.rightsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class ApiTokensTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private UserAccount user(Role role) {
        return accounts.createUser("tok-" + UUID.randomUUID().toString().substring(0, 8), role, "a long enough password", "test");
    }

    @Test
    void anIssuedTokenAuthenticatesItsOwnerAndIsStoredHashed() {
        UserAccount owner = user(Role.MONITOR);
        ApiTokens.IssuedToken issued = tokens.issue(owner.id(), "laptop script", owner, "a long enough password");
        assertThat(issued.secret()).startsWith("rd_").hasSizeGreaterThan(40);
        assertThat(tokens.authenticate(issued.secret())).map(UserAccount::username).contains(owner.username());
        long clear = jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = ?").param(issued.secret()).query(Long.class).single();
        assertThat(clear).isZero();
        assertThat(tokens.listFor(owner.id())).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("laptop script");
            assertThat(t.lastUsedAt()).isNotNull();
        });
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        UserAccount owner = user(Role.LAWYER);
        ApiTokens.IssuedToken issued = tokens.issue(owner.id(), "ci", owner, "a long enough password");
        tokens.revoke(issued.id(), owner);
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.listFor(owner.id())).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void aDisabledOwnersTokenStopsWorking() {
        UserAccount owner = user(Role.VIEWER);
        ApiTokens.IssuedToken issued = tokens.issue(owner.id(), "feed", owner, "a long enough password");
        accounts.setEnabled(owner.id(), false, "test");
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void onlyTheOwnerOrAnAdminManagesATokenAndGarbageIsRejected() {
        UserAccount owner = user(Role.LAWYER);
        UserAccount stranger = user(Role.LAWYER);
        UserAccount admin = user(Role.ADMIN);
        assertThatThrownBy(() -> tokens.issue(owner.id(), "x", stranger, "a long enough password")).isInstanceOf(AccountProblem.class);
        ApiTokens.IssuedToken byAdmin = tokens.issue(owner.id(), "made by admin", admin, "a long enough password");
        assertThatThrownBy(() -> tokens.revoke(byAdmin.id(), stranger)).isInstanceOf(AccountProblem.class);
        assertThat(tokens.authenticate(byAdmin.secret())).isPresent();
        assertThat(tokens.authenticate("rd_not-a-token")).isEmpty();
        assertThat(tokens.authenticate("Bearer " + byAdmin.secret())).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @Autowired
    UserRepository users;
    @Autowired
    AuditLog audit;
    @Autowired
    PasswordCheck passwordCheck;

    @Test
    void tokensExpireAfterTheConfiguredDays() {
        MutableClock clock = new MutableClock(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        ApiTokens shortLived = new ApiTokens(jdbc, users, audit, clock, passwordCheck, 30);
        UserAccount owner = user(Role.MONITOR);
        ApiTokens.IssuedToken issued = shortLived.issue(owner.id(), "cron", owner, "a long enough password");
        assertThat(shortLived.listFor(owner.id())).singleElement().satisfies(t ->
                assertThat(t.expiresAt()).isEqualTo(clock.instant().plus(java.time.Duration.ofDays(30))));
        clock.advance(java.time.Duration.ofDays(29));
        assertThat(shortLived.authenticate(issued.secret())).isPresent();
        clock.advance(java.time.Duration.ofDays(2));
        assertThat(shortLived.authenticate(issued.secret())).isEmpty();
        assertThat(shortLived.listFor(owner.id())).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
        assertThat(tokens.lifetime()).isEqualTo(java.time.Duration.ofDays(90));
    }

    @Test
    void aTokenIsNotIssuedWithoutTheRightPassword() {
        UserAccount owner = user(Role.LAWYER);
        assertThatThrownBy(() -> tokens.issue(owner.id(), "x", owner, "wrong password here"))
                .isInstanceOfSatisfying(AccountProblem.class, p -> assertThat(p.code()).isEqualTo("password.wrong"));
        assertThatThrownBy(() -> tokens.issue(owner.id(), "x", owner, null)).isInstanceOf(AccountProblem.class);
        assertThat(tokens.listFor(owner.id())).isEmpty();
    }
}
