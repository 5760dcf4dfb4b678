package org.rightsdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.HttpBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TOTP enrolment and sign-in through a real server, as a browser without JavaScript does it:
 * read the key off the page, make the code as an authenticator app would, post plain forms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("db")
class SecondFactorTest {

    static final String PASSWORD = "a long enough password";
    static final Pattern SECRET = Pattern.compile("name=\"secret\" value=\"([A-Z2-7]+)\"");
    static final Pattern RECOVERY = Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountSettings settings;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void notRequired() {
        settings.setSecondFactorRequired(false, "test");
    }

    private UserAccount user(Role role) {
        return accounts.createUser("tf-" + UUID.randomUUID().toString().substring(0, 8), role, PASSWORD, "test");
    }

    static String secretOn(String page) {
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("key on the page").isTrue();
        return m.group(1);
    }

    /** The code an authenticator app shows {@code stepsAhead} steps from now. */
    static String code(String secret, int stepsAhead) {
        return Totp.code(Totp.fromBase32(secret), Totp.step(Instant.now()) + stepsAhead);
    }

    private String enrolFromAccountPage(HttpBrowser b) {
        String secret = secretOn(b.get("/account/second-factor").body());
        HttpResponse<String> r = b.submit("/account/second-factor",
                Map.of("secret", secret, "code", code(secret, 0), "password", PASSWORD));
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> codes = RECOVERY.matcher(r.body()).results().map(java.util.regex.MatchResult::group).toList();
        assertThat(codes).hasSize(SecondFactor.RECOVERY_CODES).doesNotHaveDuplicates();
        return secret;
    }

    @Test
    void enrolThenSignInWithACodeAndOnceWithEachRecoveryCode() {
        UserAccount u = user(Role.LAWYER);
        HttpBrowser b = new HttpBrowser(port);
        assertThat(b.signIn(u.username(), PASSWORD)).isTrue();
        String secret = secretOn(b.get("/account/second-factor").body());
        HttpResponse<String> enrolled = b.submit("/account/second-factor",
                Map.of("secret", secret, "code", code(secret, 0), "password", PASSWORD));
        List<String> recovery = RECOVERY.matcher(enrolled.body()).results().map(java.util.regex.MatchResult::group).toList();
        assertThat(recovery).hasSize(10);

        // Stored sealed: neither the key nor its bytes are in the database; recovery codes only hashed.
        byte[] wrapped = jdbc.sql("SELECT wrapped_secret FROM second_factors WHERE user_id = ?").param(u.id()).query(byte[].class).single();
        assertThat(new String(wrapped, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(Totp.fromBase32(secret), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_codes WHERE code_hash LIKE ?").param("%" + recovery.get(0).substring(0, 4) + "%")
                .query(Long.class).single()).isZero();

        HttpBrowser again = new HttpBrowser(port);
        HttpResponse<String> step1 = again.post("/login", "/login", Map.of("username", u.username(), "password", PASSWORD));
        assertThat(HttpBrowser.location(step1)).endsWith("/login/second-factor");
        assertThat(HttpBrowser.location(again.get("/cases"))).as("nothing else before the code").endsWith("/login/second-factor");
        assertThat(again.get("/account").statusCode()).isEqualTo(302);
        HttpResponse<String> wrong = again.post("/login/second-factor", "/login/second-factor", Map.of("code", "000000"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        // The code used at enrolment is spent; the next one (clocks may be half a minute apart) works.
        HttpResponse<String> right = again.post("/login/second-factor", "/login/second-factor", Map.of("code", code(secret, 1)));
        assertThat(HttpBrowser.location(right)).endsWith("/");
        assertThat(again.signedIn()).isTrue();

        HttpBrowser lostPhone = new HttpBrowser(port);
        lostPhone.post("/login", "/login", Map.of("username", u.username(), "password", PASSWORD));
        assertThat(HttpBrowser.location(lostPhone.post("/login/second-factor", "/login/second-factor",
                Map.of("code", recovery.get(3).toUpperCase())))).endsWith("/");
        HttpBrowser reuse = new HttpBrowser(port);
        reuse.post("/login", "/login", Map.of("username", u.username(), "password", PASSWORD));
        assertThat(reuse.post("/login/second-factor", "/login/second-factor", Map.of("code", recovery.get(3))).statusCode())
                .as("a recovery code works once").isEqualTo(200);
        assertThat(reuse.signedIn()).isFalse();
    }

    @Test
    void theSessionAloneCannotFinishTheSignInWithoutTheBrowsersHalfOfTheKey() {
        UserAccount u = user(Role.LAWYER);
        HttpBrowser b = new HttpBrowser(port);
        b.signIn(u.username(), PASSWORD);
        String secret = enrolFromAccountPage(b);
        HttpBrowser first = new HttpBrowser(port);
        first.post("/login", "/login", Map.of("username", u.username(), "password", PASSWORD));
        first.cookies().remove("RD2FA");
        HttpResponse<String> r = first.post("/login/second-factor", "/login/second-factor", Map.of("code", code(secret, 1)));
        assertThat(HttpBrowser.location(r)).contains("/login?expired");
        assertThat(first.signedIn()).isFalse();
    }

    @Test
    void wrongCodesAreThrottled() {
        UserAccount u = user(Role.ADMIN);
        HttpBrowser b = new HttpBrowser(port);
        b.signIn(u.username(), PASSWORD);
        String secret = enrolFromAccountPage(b);
        HttpBrowser guesser = new HttpBrowser(port);
        guesser.post("/login", "/login", Map.of("username", u.username(), "password", PASSWORD));
        for (int i = 0; i < LoginThrottle.SECOND_FACTOR.freeFailures() + 1; i++) {
            guesser.post("/login/second-factor", "/login/second-factor", Map.of("code", String.format("%06d", 111111 * (i % 9 + 1) % 1000000)));
        }
        HttpResponse<String> right = guesser.post("/login/second-factor", "/login/second-factor", Map.of("code", code(secret, 1)));
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(guesser.signedIn()).isFalse();
    }

    @Test
    void whenRequiredAdminsAndLawyersAreSentToEnrolAtTheirNextSignIn() {
        settings.setSecondFactorRequired(true, "test");
        UserAccount lawyer = user(Role.LAWYER);
        UserAccount monitor = user(Role.MONITOR);
        assertThat(new HttpBrowser(port).signIn(monitor.username(), PASSWORD)).as("monitors are not required").isTrue();

        HttpBrowser b = new HttpBrowser(port);
        HttpResponse<String> step1 = b.post("/login", "/login", Map.of("username", lawyer.username(), "password", PASSWORD));
        assertThat(HttpBrowser.location(step1)).endsWith("/login/enrol");
        assertThat(HttpBrowser.location(b.get("/cases"))).endsWith("/login/enrol");
        String page = b.get("/login/enrol").body();
        assertThat(page).contains("<svg").contains("viewBox");
        String secret = secretOn(page);
        HttpResponse<String> done = b.submit("/login/enrol", Map.of("secret", secret, "code", code(secret, 0)));
        assertThat(RECOVERY.matcher(done.body()).results().count()).isEqualTo(10);
        assertThat(b.signedIn()).isTrue();
        assertThat(b.get("/account/second-factor").body()).doesNotContain("/account/second-factor/disable");
    }

    @Test
    void changingThePasswordKeepsTheSecondFactorWorkingAndAnAdminResetRemovesIt() {
        UserAccount u = user(Role.LAWYER);
        HttpBrowser b = new HttpBrowser(port);
        b.signIn(u.username(), PASSWORD);
        String secret = enrolFromAccountPage(b);
        b.post("/account/password", "/account", Map.of("current", PASSWORD, "password", "the next long passphrase",
                "repeat", "the next long passphrase"));
        HttpBrowser again = new HttpBrowser(port);
        again.post("/login", "/login", Map.of("username", u.username(), "password", "the next long passphrase"));
        assertThat(HttpBrowser.location(again.post("/login/second-factor", "/login/second-factor", Map.of("code", code(secret, 1)))))
                .endsWith("/");
        accounts.resetPassword(u.username(), "reset by the admin ok", "admin");
        assertThat(again.signedIn()).isFalse();
        assertThat(new HttpBrowser(port).signIn(u.username(), "reset by the admin ok")).as("no second factor after a reset").isTrue();
    }
}
