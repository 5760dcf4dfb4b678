package org.rightsdesk.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.testsupport.RunningServer;
import org.rightsdesk.testsupport.TestDatabases;
import org.rightsdesk.testsupport.TestVault;

/**
 * Finding 2 of issue 9: two servers on one database, each with its own data directory (as two
 * application nodes on one PostgreSQL). "Seal now" on one must seal the other within two seconds
 * and end its sessions; unsealing stays per server, because keys live only in each server's memory.
 * Runs on SQLite in every build and on PostgreSQL when RIGHTSDESK_TEST_PG_URL is set.
 */
@Tag("db")
class TwoServerSealTest {

    static RunningServer first;
    static RunningServer second;

    @BeforeAll
    static void startTwoServers() {
        Path dataA = TestDatabases.freshDataDir();
        Path dataB = TestDatabases.freshDataDir();
        String db = TestDatabases.freshDatabaseUrl(dataA);
        Map<String, Object> props = Map.of("rightsdesk.secure-cookies", false);
        first = RunningServer.start(dataA, db, props);
        second = RunningServer.start(dataB, db, props);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void sealingOneServerSealsTheOtherWithinTwoSecondsAndEndsItsSessions() throws Exception {
        Vault a = first.bean(Vault.class);
        Vault b = second.bean(Vault.class);
        TestVault.unsealed(a);
        assertThat(b.isSealed()).as("keys never travel: the second server is unsealed on its own").isTrue();
        b.unseal(TestVault.PASSPHRASE.toCharArray(), "test");

        RunningServer.Session lawyer = second.signIn("two-servers-lawyer", Role.LAWYER);
        assertThat(second.get("/cases", lawyer).statusCode()).isEqualTo(200);

        long started = System.nanoTime();
        a.seal("test");
        while (!b.isSealed() && System.nanoTime() - started < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(20);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(b.isSealed()).as("the second server follows the seal").isTrue();
        assertThat(took).as("within two seconds (took %d ms)", took.toMillis()).isLessThan(Duration.ofSeconds(2));
        System.out.println("Second server sealed " + took.toMillis() + " ms after the first was sealed");

        HttpResponse<String> after = second.get("/cases", lawyer);
        assertThat(after.statusCode()).as("the session on the second server was ended").isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));

        // Unsealing is per server: the first one unsealed again leaves the second sealed.
        a.unseal(TestVault.PASSPHRASE.toCharArray(), "test");
        Thread.sleep(1200);
        assertThat(a.isSealed()).isFalse();
        assertThat(b.isSealed()).isTrue();
        b.unseal(TestVault.PASSPHRASE.toCharArray(), "test");
        Thread.sleep(1200);
        assertThat(a.isSealed()).as("an unseal elsewhere does not seal anyone").isFalse();
        assertThat(b.isSealed()).isFalse();
    }
}
