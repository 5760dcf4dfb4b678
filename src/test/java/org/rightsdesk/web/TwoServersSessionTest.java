package org.rightsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightsdesk.RightsdeskApplication;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.testsupport.HttpBrowser;
import org.rightsdesk.testsupport.TestDatabases;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers on one PostgreSQL database (issue 14, item 4, the accounts part): a session begun
 * on one continues on the other, a password change made through one ends the session on the
 * other at once, and sign-in throttling counts for both. Skipped on SQLite, which runs one
 * server only.
 */
@Tag("db")
class TwoServersSessionTest {

    static final String PASSWORD = "two servers one database";
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        assumeTrue(TestDatabases.postgresql(), "two servers need PostgreSQL");
        Path dataA = TestDatabases.freshDataDir();
        String db = TestDatabases.freshDatabaseUrl(dataA);
        first = server(dataA, db);
        second = server(TestDatabases.freshDataDir(), db);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[]{second, first}) {
            if (c != null) {
                c.close();
            }
        }
    }

    static ConfigurableApplicationContext server(Path dataDir, String db) {
        SpringApplication app = new SpringApplication(RightsdeskApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        Map<String, Object> props = new HashMap<>();
        props.put("rightsdesk.data-dir", dataDir.toString());
        props.put("rightsdesk.db-url", db);
        props.put("server.port", 0);
        props.put("server.address", "127.0.0.1");
        props.put("rightsdesk.search.background-indexing", false);
        app.setDefaultProperties(props);
        app.setLogStartupInfo(false);
        app.setRegisterShutdownHook(false);
        return app.run();
    }

    static HttpBrowser browser(ConfigurableApplicationContext server) {
        return new HttpBrowser("http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort());
    }

    static UserAccount user() {
        return first.getBean(AccountService.class).createUser("two-" + UUID.randomUUID().toString().substring(0, 8), Role.LAWYER,
                PASSWORD, "test");
    }

    @Test
    void aSessionBegunOnOneServerContinuesOnTheOtherAndAPasswordChangeOnEitherEndsItOnBoth() {
        UserAccount u = user();
        HttpBrowser onFirst = browser(first);
        assertThat(onFirst.signIn(u.username(), PASSWORD)).isTrue();
        HttpBrowser onSecond = browser(second).withCookiesOf(onFirst);
        assertThat(onSecond.signedIn()).as("the same session, through the other server").isTrue();

        HttpBrowser elsewhere = browser(second);
        assertThat(elsewhere.signIn(u.username(), PASSWORD)).isTrue();
        elsewhere.post("/account/password", "/account",
                Map.of("current", PASSWORD, "password", "changed on the second", "repeat", "changed on the second"));
        assertThat(elsewhere.signedIn()).as("the session that changed it").isTrue();
        assertThat(onFirst.signedIn()).as("first server").isFalse();
        assertThat(onSecond.signedIn()).as("second server").isFalse();
    }

    @Test
    void failedSignInsOnOneServerCountOnTheOther() {
        UserAccount u = user();
        HttpBrowser guesser = browser(first);
        // Wrong passwords until the first server starts making this client wait (attempts it refuses
        // unread do not count, so the count stays near the threshold).
        for (int i = 0; i < 4; i++) {
            guesser.signIn(u.username(), "wrong guess " + i);
        }
        assertThat(second.getBean(org.rightsdesk.accounts.LoginThrottle.class).blockedUntil(u.username(), "127.0.0.1", null))
                .as("the second server sees the wait the first one imposed").isPresent();
    }
}
