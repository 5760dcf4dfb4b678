package org.rightsdesk.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.cases.CaseDesk;
import org.rightsdesk.cases.ClientDesk;
import org.rightsdesk.cases.ClientForm;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.MutableClock;
import org.rightsdesk.testsupport.TestVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code keys rotate --reencrypt}: every sealed value, attachments included, is sealed again under
 * a new data key; a re-encryption stopped half-way (a crash: its server gone, its lease run out)
 * is resumed by another from the progress kept in the database, and ends with every value under
 * the new key and every value as it was.
 */
@DatabaseTest
class ReencryptionTest {

    @Autowired
    Vault vault;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<SealedColumn.Registry> registries;
    @Autowired
    ClientDesk clients;
    @Autowired
    CaseDesk cases;
    @Autowired
    AccountService accounts;
    @Autowired
    Reencryption service;
    @Autowired
    DataSource dataSource;

    @Test
    void aReencryptionStoppedHalfWayIsResumedAndLeavesEveryValueUnderTheNewKey() {
        TestVault.unsealed(vault);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UserAccount lawyer = accounts.createUser("reenc-" + tag, Role.LAWYER, "a test password long enough", "test");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(clients.create(new ClientForm("Перешифрованный " + tag + " " + i, "1980-02-0" + (i + 1), "TJ", "male",
                    "P" + tag + i, "+7 900 000-00-0" + i, "адрес " + i, "заметка " + i, "30"), true, lawyer).createdId());
        }
        long caseId = cases.create(ids.get(0), "other", "", "сводка " + tag, lawyer);
        byte[] file = ("вложение " + tag).repeat(500).getBytes(StandardCharsets.UTF_8);
        long attachment = cases.upload(caseId, "doc-" + tag + ".txt", file, lawyer);

        MutableClock clock = new MutableClock(Instant.now());
        Reencryption first = new Reencryption(vault, jdbc, registries, clock);
        Reencryption.Progress started = first.begin("test");
        int newKey = started.keyId();
        assertThat(started.finished()).isFalse();
        assertThat(started.total()).isGreaterThanOrEqualTo(8 * 8 + 3);
        assertThat(vault.activeKeyId()).isEqualTo(newKey);
        // A value written now is sealed under the new key at once.
        assertThat(Aead.keyId(vault.encryptText(Vault.field("t", "c", 1), "x"))).isEqualTo(newKey);

        // Half-way: 5 values, then the server "crashes" (nothing more from it, its lease runs out).
        int looked = 0;
        while (looked < 5) {
            looked += Math.max(0, first.step(5));
        }
        Reencryption.Progress halfWay = service.current().orElseThrow();
        assertThat(halfWay.done()).isBetween(5L, 9L).isLessThan(started.total());
        assertThat(halfWay.finished()).isFalse();
        assertThat(notUnder(newKey)).isPositive();

        // Another server (or the same one restarted): refused while the lease holds, then it takes over.
        MutableClock later = new MutableClock(clock.instant());
        Reencryption second = new Reencryption(vault, jdbc, registries, later);
        assertThat(second.step(50)).as("the first server's lease still holds").isEqualTo(-1);
        later.advance(Duration.ofSeconds(31));
        assertThat(second.begin("test").id()).as("no second job, no second key").isEqualTo(started.id());
        while (second.step(7) >= 0) {
            // until finished
        }
        Reencryption.Progress done = service.current().orElseThrow();
        assertThat(done.finished()).isTrue();
        // Other tests of this shared database leave a deliberately tampered value: it is counted and left alone.
        assertThat(notUnder(newKey)).as("values left under an older key: only those that failed their check")
                .isEqualTo(done.failed());
        assertThat(done.done() + done.failed()).isGreaterThanOrEqualTo(started.total());
        String ours = ids.toString().replace("[", "(").replace("]", ")");
        for (String column : List.of("full_name", "birth_date", "citizenship", "sex", "passport", "phone", "address", "notes")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM clients WHERE id IN " + ours + " AND substr(" + column + ", 2, 4) <> ?")
                    .param(Reencryption.keyBytes(newKey)).query(Long.class).single()).as(column).isZero();
        }

        // Everything reads back as it was written.
        for (int i = 0; i < ids.size(); i++) {
            ClientDesk.ClientView c = clients.view(ids.get(i), lawyer);
            assertThat(c.fullName()).isEqualTo("Перешифрованный " + tag + " " + i);
            assertThat(c.notes()).isEqualTo("заметка " + i);
        }
        assertThat(cases.download(caseId, attachment, lawyer).content()).isEqualTo(file);
        assertThat(cases.view(caseId, lawyer).summary()).isEqualTo("сводка " + tag);
    }

    @Test
    void everyBinaryColumnOfTheSchemaIsDeclaredSealedOrIsKeyMaterial() throws Exception {
        Set<String> declared = new TreeSet<>();
        service.columns().forEach(c -> declared.add(c.table() + "." + c.column()));
        // Binary columns that are not values sealed under the vault's data key, and why:
        Set<String> keyMaterial = Set.of("vault_keyring.salt", "vault_keyring.ring_key", "vault_data_keys.wrapped",
                // a second factor's secret is sealed under a key from its owner's password (admins sign in while sealed)
                "second_factors.salt", "second_factors.wrapped_secret",
                // Spring Session's serialised attributes: who is signed in, never a client's data
                "spring_session_attributes.attribute_bytes");
        Set<String> binary = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    if (type.equals("blob") || type.equals("bytea")) {
                        binary.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT) + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        binary.removeAll(keyMaterial);
        assertThat(binary).as("binary columns (sealed values) the re-encryption would miss").isSubsetOf(declared);
        assertThat(declared).as("declared columns that do not exist").isSubsetOf(binary);
    }

    private long notUnder(int keyId) {
        long n = 0;
        for (SealedColumn c : service.columns()) {
            n += jdbc.sql("SELECT COUNT(*) FROM " + c.table() + " WHERE " + c.column() + " IS NOT NULL AND substr(" + c.column()
                    + ", 2, 4) <> ?").param(Reencryption.keyBytes(keyId)).query(Long.class).single();
        }
        return n;
    }
}
