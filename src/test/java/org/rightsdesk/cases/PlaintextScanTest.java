package org.rightsdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.storage.DatabaseInfo;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.TestVault;
import org.rightsdesk.vault.Vault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The promise of the vault, checked from the outside: known personal values go in through every
 * kind of record the case desk keeps, then the raw database (the SQLite file and its WAL, or
 * every PostgreSQL table rendered as text), every file of the data directory (which would hold a
 * search index) and everything logged are searched for them, in UTF-8, UTF-16 and hex. None may
 * be found. A value stored in a clear column on purpose must be found, or the scan proves nothing.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class PlaintextScanTest {

    @Autowired
    ClientDesk clients;
    @Autowired
    CaseDesk cases;
    @Autowired
    AccountService accounts;
    @Autowired
    Vault vault;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseInfo database;
    @Autowired
    Environment environment;
    @Autowired
    MockMvc mvc;

    @Test
    void noPersonalValueIsStoredOrLoggedInPlaintext(CapturedOutput output) throws Exception {
        TestVault.unsealed(vault);
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        UserAccount lawyer = accounts.createUser("scan-" + tag, Role.LAWYER, "a test password long enough", "test");
        String control = "scan-control-" + tag; // stored in a clear column on purpose
        accounts.createUser(control, Role.VIEWER, "a test password long enough", "test");

        Map<String, String> personal = new LinkedHashMap<>();
        personal.put("name", "Зарипова Гулнора " + tag);
        personal.put("latinName", "ZARIPOVA GULNORA");
        personal.put("birth", "1943-02-17");
        personal.put("passport", "FA77" + tag.toUpperCase());
        personal.put("phone", "+7 912 555-" + tag.substring(0, 4));
        personal.put("address", "ул. Сквозная, д. " + tag);
        personal.put("notes", "приехала из Ферганы " + tag);
        personal.put("patent", "PT-" + tag);
        personal.put("court", "Тверской районный суд " + tag);
        personal.put("caseNumber", "5-" + tag + "/2026");
        personal.put("party", "Зарипов Бахтиёр " + tag);
        personal.put("task", "позвонить сестре " + tag);
        personal.put("note", "клиентка боится возвращаться " + tag);
        personal.put("place", "зал " + tag);
        personal.put("file", "паспорт-" + tag + ".txt");
        personal.put("fileContent", "содержимое файла " + tag);
        personal.put("child", "Зарипова Мадина " + tag);
        personal.put("deadline", "подать жалобу за " + tag);

        long clientId = clients.create(new ClientForm(personal.get("name"), personal.get("birth"), "UZ", "female",
                personal.get("passport"), personal.get("phone"), personal.get("address"), personal.get("notes"), "30"), true, lawyer)
                .createdId();
        clients.addFact(clientId, null, "document", Map.of("documentKind", "patent", "number", personal.get("patent"),
                "issued", "2025-04-01", "issuedBy", personal.get("court")), lawyer);
        clients.addFact(clientId, null, "child", Map.of("name", personal.get("child"), "birthDate", "2016-09-01"), lawyer);
        long caseId = cases.create(clientId, "detention_expulsion", "", personal.get("notes"), lawyer);
        clients.addFact(clientId, caseId, "ruling", Map.of("rulingKind", "court_expulsion", "decided", "2026-01-12",
                "served", "2026-01-13", "issuedBy", personal.get("court"), "number", personal.get("caseNumber")), lawyer);
        long proceeding = cases.addProceeding(caseId, "expulsion", personal.get("court"), personal.get("caseNumber"), lawyer);
        cases.addHearing(caseId, proceeding, "2026-02-02", "09:30", personal.get("place"), lawyer);
        cases.addParty(caseId, "relative", personal.get("party"), personal.get("phone"), lawyer);
        cases.addTask(caseId, personal.get("task"), "2026-02-01", null, lawyer);
        cases.addNote(caseId, personal.get("note"), lawyer);
        cases.addDeadline(caseId, "2026-02-03", personal.get("deadline"), lawyer);
        cases.upload(caseId, personal.get("file"), personal.get("fileContent").getBytes(StandardCharsets.UTF_8), lawyer);
        clients.recordRegistryCheck(clientId, Map.of("checkedOn", "2026-01-20", "result", "listed", "note", personal.get("notes")),
                lawyer);
        // Read everything back through the pages too, so the read paths' logging is covered.
        mvc.perform(get("/cases/clients/" + clientId).with(user(lawyer.username()).roles("LAWYER"))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + caseId).with(user(lawyer.username()).roles("LAWYER"))).andExpect(status().isOk());
        assertThat(clients.search(personal.get("latinName"), lawyer)).extracting(ClientDesk.ClientSummary::id).contains(clientId);

        String stored = storedText();
        assertThat(stored).as("the scan must see clear columns").contains(control);
        for (Map.Entry<String, String> e : personal.entrySet()) {
            for (String form : forms(e.getValue())) {
                assertThat(stored).as("%s found in the database", e.getKey()).doesNotContain(form);
            }
        }
        List<Path> files = dataFiles(); // on PostgreSQL the data directory may well be empty
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (Map.Entry<String, String> e : personal.entrySet()) {
                for (String form : rawForms(e.getValue())) {
                    assertThat(bytes).as("%s found in %s", e.getKey(), f).doesNotContain(form);
                }
            }
        }
        if (database.isSqlite()) {
            assertThat(files).anyMatch(f -> f.getFileName().toString().endsWith(".db"));
            String all = new String(Files.readAllBytes(files.stream().filter(f -> f.toString().endsWith(".db")).findFirst()
                    .orElseThrow()), StandardCharsets.ISO_8859_1)
                    + files.stream().filter(f -> f.toString().endsWith("-wal")).map(PlaintextScanTest::read).reduce("", String::concat);
            assertThat(all).as("the raw scan must see clear columns").contains(control);
        }
        String logs = output.getAll();
        for (Map.Entry<String, String> e : personal.entrySet()) {
            assertThat(logs).as("%s found in the logs", e.getKey()).doesNotContain(e.getValue());
        }
    }

    /** The database as text: on PostgreSQL every table of the schema rendered row by row. */
    private String storedText() {
        if (database.isSqlite()) {
            return dataFiles().stream().map(PlaintextScanTest::read).reduce("", String::concat);
        }
        StringBuilder sb = new StringBuilder();
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_type = 'BASE TABLE'").query(String.class).list();
        assertThat(tables).contains("clients", "client_facts", "attachments", "case_notes");
        for (String t : tables) {
            jdbc.sql("SELECT CAST(t AS TEXT) FROM \"" + t + "\" t").query(String.class).list().forEach(r -> sb.append(r).append('\n'));
        }
        return sb.toString();
    }

    /** How a value would look in a text rendering: as is, and as PostgreSQL shows bytea (hex). */
    private static List<String> forms(String value) {
        return List.of(value, HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** How a value would look as raw bytes in a file: UTF-8 or UTF-16 (as ISO-8859-1 chars). */
    private static List<String> rawForms(String value) {
        List<String> out = new ArrayList<>();
        out.add(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        out.add(new String(value.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1));
        out.add(new String(value.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
        return out;
    }

    private List<Path> dataFiles() {
        Path dir = Path.of(environment.getProperty("rightsdesk.data-dir"));
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
