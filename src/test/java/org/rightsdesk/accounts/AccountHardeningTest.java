package org.rightsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.HttpBrowser;
import org.rightsdesk.vault.VaultEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The findings of the accounts review, tried as an attacker would: through a real server on a
 * random port, with a browser that keeps cookies, signs in with the form and sends CSRF tokens.
 * Each test here failed on the code before the hardening (see the branch's report).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("db")
class AccountHardeningTest {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    private UserAccount user(Role role) {
        return accounts.createUser("hard-" + UUID.randomUUID().toString().substring(0, 8), role, PASSWORD, "test");
    }

    private HttpBrowser signedIn(UserAccount u, String password) {
        HttpBrowser b = new HttpBrowser(port);
        assertThat(b.signIn(u.username(), password)).as("sign in as " + u.username()).isTrue();
        assertThat(b.signedIn()).isTrue();
        return b;
    }

    private String newToken(HttpBrowser b, String password) {
        HttpResponse<String> r = b.post("/account/tokens", "/account", Map.of("label", "script", "password", password));
        return HttpBrowser.tokensIn(r.body()).stream().findFirst().orElse(null);
    }

    private int api(String token) {
        HttpBrowser b = new HttpBrowser(port).header("Authorization", "Bearer " + token);
        return b.get("/api/v1/me").statusCode();
    }

    // ---- Finding 1: sessions outlive the account ----------------------------------------------------

    @Test
    void disablingAUserEndsTheirSessionsAndTokensAtOnce() {
        UserAccount u = user(Role.LAWYER);
        HttpBrowser b = signedIn(u, PASSWORD);
        String token = newToken(b, PASSWORD);
        assertThat(api(token)).isEqualTo(200);
        accounts.setEnabled(u.id(), false, "test");
        assertThat(b.signedIn()).as("session after disabling").isFalse();
        assertThat(api(token)).as("token after disabling").isEqualTo(401);
        accounts.setEnabled(u.id(), true, "test");
        assertThat(api(token)).as("token after enabling again").isEqualTo(401);
    }

    @Test
    void anAdminsPasswordResetEndsEverySessionAndRevokesTokens() {
        UserAccount u = user(Role.MONITOR);
        HttpBrowser b = signedIn(u, PASSWORD);
        String token = newToken(b, PASSWORD);
        accounts.resetPassword(u.username(), "brand new password 77", "test");
        assertThat(b.signedIn()).isFalse();
        assertThat(api(token)).isEqualTo(401);
    }

    @Test
    void aRoleChangeEndsSessionsSoTheOldRoleIsNotKept() {
        UserAccount u = user(Role.ADMIN);
        user(Role.ADMIN); // not the last admin
        HttpBrowser b = signedIn(u, PASSWORD);
        assertThat(b.get("/admin/users").statusCode()).isEqualTo(200);
        accounts.changeRole(u.id(), Role.VIEWER, "test");
        assertThat(b.get("/admin/users").statusCode()).isNotEqualTo(200);
        assertThat(b.signedIn()).isFalse();
    }

    @Test
    void changingOwnPasswordKeepsThisSessionEndsTheOthersAndRevokesTokens() {
        UserAccount u = user(Role.LAWYER);
        HttpBrowser phone = signedIn(u, PASSWORD);
        HttpBrowser laptop = signedIn(u, PASSWORD);
        String token = newToken(laptop, PASSWORD);
        HttpResponse<String> r = laptop.post("/account/password", "/account",
                Map.of("current", PASSWORD, "password", "my next passphrase 42", "repeat", "my next passphrase 42"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(laptop.signedIn()).as("the session that changed it").isTrue();
        assertThat(phone.signedIn()).as("the other session").isFalse();
        assertThat(api(token)).isEqualTo(401);
    }

    @Test
    void sealingEndsEverySessionInTheSharedStore() {
        UserAccount u = user(Role.VIEWER);
        HttpBrowser b = signedIn(u, PASSWORD);
        events.publishEvent(new VaultEvent.Sealed("test", Instant.now()));
        assertThat(b.signedIn()).isFalse();
    }

    @Test
    void aUserSeesTheirSessionsAndEndsTheOthers() {
        UserAccount u = user(Role.LAWYER);
        HttpBrowser one = signedIn(u, PASSWORD);
        HttpBrowser two = signedIn(u, PASSWORD);
        String page = one.get("/account").body();
        assertThat(page).contains("/account/sessions/end-others", "/account/sessions/").doesNotContain("127.0.0.1")
                .doesNotContain(one.cookies().get("RDSESSION"));
        one.post("/account/sessions/end-others", "/account", Map.of());
        assertThat(one.signedIn()).isTrue();
        assertThat(two.signedIn()).isFalse();
    }

    @Test
    void anAdminEndsAnyonesSessions() {
        UserAccount admin = user(Role.ADMIN);
        UserAccount u = user(Role.MONITOR);
        HttpBrowser theirs = signedIn(u, PASSWORD);
        HttpBrowser mine = signedIn(admin, PASSWORD);
        assertThat(mine.get("/admin/users").body()).contains(u.username());
        mine.post("/admin/users/" + u.id() + "/sessions/end", "/admin/users", Map.of());
        assertThat(theirs.signedIn()).isFalse();
        assertThat(mine.signedIn()).isTrue();
    }

    // ---- Finding 8: weak account protection ---------------------------------------------------------

    @Test
    void wrongCurrentPasswordGuessesAreThrottled() {
        UserAccount u = user(Role.LAWYER);
        HttpBrowser b = signedIn(u, PASSWORD);
        for (int i = 0; i < 8; i++) {
            b.post("/account/password", "/account", Map.of("current", "guess number " + i + " wrong",
                    "password", "my next passphrase 42", "repeat", "my next passphrase 42"));
        }
        // Even the right current password is refused while the account must wait.
        b.post("/account/password", "/account", Map.of("current", PASSWORD,
                "password", "my next passphrase 42", "repeat", "my next passphrase 42"));
        assertThat(new HttpBrowser(port).signIn(u.username(), "my next passphrase 42")).isFalse();
    }

    @Test
    void aCommonPasswordWithDigitsAddedIsRefused() {
        UserAccount u = user(Role.LAWYER);
        HttpBrowser b = signedIn(u, PASSWORD);
        b.post("/account/password", "/account", Map.of("current", PASSWORD, "password", "password1234", "repeat", "password1234"));
        assertThat(new HttpBrowser(port).signIn(u.username(), "password1234")).isFalse();
        assertThat(new HttpBrowser(port).signIn(u.username(), PASSWORD)).isTrue();
    }

    @Test
    void aTokenNeedsThePasswordTypedAgain() {
        UserAccount u = user(Role.MONITOR);
        HttpBrowser b = signedIn(u, PASSWORD);
        assertThat(newToken(b, "")).isNull();
        assertThat(newToken(b, "not my password at all")).isNull();
        assertThat(newToken(b, PASSWORD)).isNotNull();
    }

    // ---- Finding 6: anyone can lock any account -------------------------------------------------------

    @Test
    void spoofedForwardedAddressesNeitherCountAsOtherClientsNorLockTheOwnerOut() {
        UserAccount u = user(Role.LAWYER);
        HttpBrowser owner = signedIn(u, PASSWORD);
        owner.post("/logout", "/account", Map.of());
        HttpBrowser attacker = new HttpBrowser(port);
        for (int i = 0; i < 15; i++) {
            attacker.header("X-Forwarded-For", "198.51.100." + i);
            attacker.signIn(u.username(), "wrong guess " + i);
        }
        // The forged header was ignored: the attacker's own further tries are slowed down …
        attacker.header("X-Forwarded-For", "198.51.100.200");
        assertThat(attacker.signIn(u.username(), PASSWORD)).as("attacker, even with the right password").isFalse();
        // … while the owner, in the browser they signed in with before, gets in at once.
        assertThat(owner.signIn(u.username(), PASSWORD)).as("owner's browser").isTrue();
    }

    // ---- Deliver 8: headers ---------------------------------------------------------------------------

    @Test
    void pagesSendAPermissionsPolicyAndTheLanguageCookieIsSecureLikeTheSessionCookie() {
        HttpBrowser b = new HttpBrowser(port);
        HttpResponse<String> r = b.get("/login?lang=en");
        assertThat(r.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p ->
                assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(b.setCookieHeaders.get("RDLANG")).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
        assertThat(b.setCookieHeaders.get("RDSESSION")).containsIgnoringCase("Secure");
        assertThat(new HttpBrowser(port).get("/api/v1/health").headers().firstValue("Permissions-Policy")).isPresent();
    }
}
