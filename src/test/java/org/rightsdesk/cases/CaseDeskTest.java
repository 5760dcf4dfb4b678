package org.rightsdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.TestVault;
import org.rightsdesk.vault.Vault;
import org.rightsdesk.vault.VaultSealedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The case desk through its services: intake, lookup, facts, access, uploads, calendar, feeds, audit. */
@DatabaseTest
class CaseDeskTest {

    /**
     * One pooled connection: a query run inside another's row callback then waits for itself and fails
     * here (in a server, enough concurrent requests doing that held the whole pool and froze it). SQLite
     * only: Flyway on PostgreSQL needs a second connection for its lock.
     */
    @DynamicPropertySource
    static void oneConnection(DynamicPropertyRegistry registry) {
        if (!"postgresql".equals(System.getProperty("rightsdesk.test.engine"))) {
            registry.add("rightsdesk.db.pool-size", () -> 1);
            registry.add("rightsdesk.db.connection-timeout", () -> "PT5S");
        }
    }


    @Autowired
    ClientDesk clients;
    @Autowired
    CaseDesk cases;
    @Autowired
    Deadlines deadlines;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    Vault vault;

    UserAccount lawyer;
    UserAccount otherLawyer;
    UserAccount viewer;
    UserAccount monitor;

    @BeforeEach
    void setUp() {
        TestVault.unsealed(vault);
        lawyer = user(Role.LAWYER);
        otherLawyer = user(Role.LAWYER);
        viewer = user(Role.VIEWER);
        monitor = user(Role.MONITOR);
    }

    @AfterEach
    void unsealAgain() {
        TestVault.unsealed(vault);
    }

    UserAccount user(Role role) {
        return accounts.createUser(role.code() + "-" + UUID.randomUUID().toString().substring(0, 8), role,
                "a test password long enough", "test");
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    static ClientForm form(String name, String born, String passport) {
        return new ClientForm(name, born, "UZ", "male", passport, "+7 900 000-00-00", "Москва", "", "30");
    }

    long newClient(String name, UserAccount by) {
        return clients.create(form(name, "1990-05-17", null), false, by).createdId();
    }

    @Test
    void aTransliteratedNameOrADocumentNumberFindsTheClient() {
        String surname = "Тестов" + unique().replaceAll("[0-9a-f]", "к"); // Cyrillic-only, unique per run
        long id = clients.create(form(surname + " Шохрух Алишерович", "1991-03-02", "AB 1234" + unique().hashCode()), false, lawyer)
                .createdId();
        String latin = surname.replace("Тестов", "Testov").replace("к", "k");
        assertThat(clients.search(latin + " Shoxrux", lawyer)).extracting(ClientDesk.ClientSummary::id).contains(id);
        assertThat(clients.search("SHOKHRUKH " + latin.toUpperCase(), lawyer)).extracting(ClientDesk.ClientSummary::id).contains(id);
        assertThat(clients.search(latin + " Farrukh", lawyer)).extracting(ClientDesk.ClientSummary::id).doesNotContain(id);
        // Another lawyer's lookup does not reveal the client.
        assertThat(clients.search(latin, otherLawyer)).extracting(ClientDesk.ClientSummary::id).doesNotContain(id);
        assertThat(audit.latest(20)).anyMatch(e -> e.action().equals("client.searched") && e.actor().equals(lawyer.username()));
    }

    @Test
    void aLikelyDuplicateIsReportedWithALinkAndNothingIsCreatedUnlessConfirmed() {
        String name = "Дубликатов " + unique() + " Рустам";
        long first = newClient(name, lawyer);
        ClientDesk.Intake again = clients.create(form("RUSTAM " + name.split(" ")[0].replace("Дубликатов", "Dublikatov")
                + " " + name.split(" ")[1], "1990-05-17", null), false, lawyer);
        assertThat(again.created()).isFalse();
        assertThat(again.possibleDuplicates()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(first);
            assertThat(m.accessible()).isTrue();
            assertThat(m.reason()).as("only reviewers learn which field matched").isNull();
        });
        // Same name, different birth date: a different person, no warning.
        assertThat(clients.create(form(name, "1975-01-01", null), false, lawyer).created()).isTrue();
        // Confirmed: created despite the match.
        assertThat(clients.create(form(name, "1990-05-17", null), true, lawyer).created()).isTrue();
        // Another lawyer learns only that a match exists: no reference, no reason.
        ClientDesk.Intake theirs = clients.create(form(name, "1990-05-17", null), false, otherLawyer);
        assertThat(theirs.possibleDuplicates()).isEmpty();
        assertThat(theirs.hiddenDuplicates()).isTrue();
        assertThat(theirs.created()).isFalse();
    }

    @Test
    void impossibleDatesAndBadFieldsAreRefusedWithTheFieldNamedAndNothingStored() {
        long id = newClient("Датов " + unique(), lawyer);
        int before = clients.view(id, lawyer).facts().size();
        assertThatThrownBy(() -> clients.addFact(id, null, "stay", Map.of("entered", "2025-02-30"), lawyer))
                .isInstanceOf(CaseProblem.class).hasMessageContaining("entered").hasMessageContaining("2025-02-30");
        assertThatThrownBy(() -> clients.addFact(id, null, "stay", Map.of("entered", "31.04.2025"), lawyer))
                .isInstanceOf(CaseProblem.class).extracting("code").isEqualTo("date_invalid");
        assertThatThrownBy(() -> clients.addFact(id, null, "stay", Map.of("entered", "2025-03-10", "left", "2025-03-01"), lawyer))
                .isInstanceOf(CaseProblem.class).extracting("code").isEqualTo("date_order");
        assertThatThrownBy(() -> clients.addFact(id, null, "stay", Map.of("entered", LocalDate.now().plusDays(3).toString()), lawyer))
                .isInstanceOf(CaseProblem.class).extracting("code").isEqualTo("date_future");
        assertThatThrownBy(() -> clients.addFact(id, null, "patent_payment", Map.of("paidOn", "2025-03-10", "months", "13"), lawyer))
                .isInstanceOf(CaseProblem.class).extracting("code").isEqualTo("number");
        assertThatThrownBy(() -> clients.create(new ClientForm("Имя", "1990-13-01", "", "", "", "", "", "", ""), false, lawyer))
                .isInstanceOf(CaseProblem.class).hasMessageContaining("birthDate");
        assertThatThrownBy(() -> clients.create(new ClientForm("Имя", "", "Uzbekistan", "", "", "", "", "", ""), false, lawyer))
                .isInstanceOf(CaseProblem.class).extracting("code").isEqualTo("citizenship");
        assertThat(clients.view(id, lawyer).facts()).hasSize(before);

        clients.addFact(id, null, "stay", Map.of("entered", "05.03.2025", "purpose", "work"), lawyer);
        assertThat(clients.view(id, lawyer).facts()).singleElement()
                .satisfies(f -> assertThat(f.fact()).isEqualTo(new MigrationFact.Stay(LocalDate.of(2025, 3, 5), null, "work")));
    }

    @Test
    void lawyersSeeOnlyTheirTeamsCasesViewersSeeNoPersonalDataMonitorsNothing() {
        long clientId = newClient("Доступов " + unique(), lawyer);
        long caseId = cases.create(clientId, "detention_expulsion", "", "Задержан в метро", lawyer);
        cases.addNote(caseId, "конфиденциальная заметка", lawyer);

        assertThat(cases.list(lawyer)).extracting(CaseDesk.CaseSummary::id).contains(caseId);
        assertThat(cases.list(otherLawyer)).extracting(CaseDesk.CaseSummary::id).doesNotContain(caseId);
        assertThatThrownBy(() -> cases.view(caseId, otherLawyer)).isInstanceOf(CaseProblem.class).extracting("code").isEqualTo("not_found");
        assertThatThrownBy(() -> clients.view(clientId, otherLawyer)).isInstanceOf(CaseProblem.class);
        assertThatThrownBy(() -> cases.addNote(caseId, "x", otherLawyer)).isInstanceOf(CaseProblem.class);

        CaseDesk.CaseView seenByViewer = cases.view(caseId, viewer);
        assertThat(seenByViewer.personal()).isFalse();
        assertThat(seenByViewer.clientName()).isNull();
        assertThat(seenByViewer.summary()).isNull();
        assertThat(seenByViewer.notes()).isEmpty();
        assertThat(cases.list(viewer)).filteredOn(s -> s.id() == caseId).singleElement()
                .satisfies(s -> assertThat(s.clientName()).isNull());
        assertThatThrownBy(() -> clients.view(clientId, viewer)).isInstanceOf(CaseProblem.class);
        assertThatThrownBy(() -> cases.list(monitor)).isInstanceOf(CaseProblem.class);

        cases.addTeamMember(caseId, otherLawyer.username(), lawyer);
        assertThat(cases.view(caseId, otherLawyer).notes()).extracting(CaseDesk.Note::body).containsExactly("конфиденциальная заметка");
        assertThatThrownBy(() -> cases.addTeamMember(caseId, viewer.username(), lawyer)).isInstanceOf(CaseProblem.class)
                .extracting("code").isEqualTo("team_role");

        assertThat(audit.latest(30)).anyMatch(e -> e.action().equals("case.read") && e.recordId().equals(String.valueOf(caseId)))
                .anyMatch(e -> e.action().equals("case.read_without_personal_data") && e.actor().equals(viewer.username()))
                .anyMatch(e -> e.action().equals("note.created"));
    }

    @Test
    void uploadsAreCheckedByTheirBytesAndStoredSealed() {
        long caseId = cases.create(newClient("Файлов " + unique(), lawyer), "deportation", "", null, lawyer);
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long id = cases.upload(caseId, "постановление.pdf", pdf, lawyer);
        CaseDesk.Download back = cases.download(caseId, id, lawyer);
        assertThat(back.content()).isEqualTo(pdf);
        assertThat(back.contentType()).isEqualTo("application/pdf");
        assertThat(back.fileName()).isEqualTo("постановление.pdf");

        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> cases.upload(caseId, "scan.pdf", exe, lawyer)).isInstanceOf(CaseProblem.class)
                .extracting("code").isIn("upload_type", "upload_mismatch");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> cases.upload(caseId, "ruling.pdf", png, lawyer)).isInstanceOf(CaseProblem.class)
                .extracting("code").isEqualTo("upload_mismatch");
        byte[] big = new byte[(int) cases.maxAttachmentBytes() + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertThatThrownBy(() -> cases.upload(caseId, "big.pdf", big, lawyer)).isInstanceOf(CaseProblem.class)
                .extracting("code").isEqualTo("upload_size");
        assertThatThrownBy(() -> cases.upload(caseId, "empty.txt", new byte[0], lawyer)).isInstanceOf(CaseProblem.class);
        assertThat(cases.view(caseId, lawyer).attachments()).hasSize(1);
    }

    @Test
    void theCalendarPutsOverdueFirstThenThisWeekAndShowsRegisterReminders() {
        long clientId = newClient("Срокова " + unique(), lawyer);
        long caseId = cases.create(clientId, "registry_inclusion", "", null, lawyer);
        LocalDate today = LocalDate.now();
        cases.addDeadline(caseId, today.minusDays(2).toString(), "подать ходатайство", lawyer);
        cases.addDeadline(caseId, today.plusDays(3).toString(), "ответ из МВД", lawyer);
        cases.addDeadline(caseId, today.plusDays(30).toString(), "позже", lawyer);
        long proceeding = cases.addProceeding(caseId, "registry", "ГУВМ МВД", "12/34", lawyer);
        cases.addHearing(caseId, proceeding, today.plusDays(1).toString(), "10:30", "зал 5", lawyer);

        Deadlines.Calendar cal = deadlines.calendar(lawyer, today);
        assertThat(cal.overdue()).filteredOn(i -> caseId == nz(i.caseId())).extracting(Deadlines.Item::detail)
                .contains("подать ходатайство");
        assertThat(cal.thisWeek()).filteredOn(i -> caseId == nz(i.caseId()) && !i.kind().equals("registry_check"))
                .extracting(Deadlines.Item::kind).containsExactly("hearing", "manual");
        assertThat(cal.later()).filteredOn(i -> caseId == nz(i.caseId())).extracting(Deadlines.Item::detail).contains("позже");
        // Never checked the register, 30-day reminder: due today.
        assertThat(cal.thisWeek()).filteredOn(i -> i.kind().equals("registry_check") && i.clientId() == clientId)
                .singleElement().satisfies(i -> {
                    assertThat(i.caseId()).isEqualTo(caseId); // the reminder belongs to the client's open case
                    assertThat(i.reference()).startsWith("C-");
                });

        Map<String, String> check = new HashMap<>(Map.of("checkedOn", today.toString(), "result", "not_listed", "source", "mvd_website"));
        clients.recordRegistryCheck(clientId, check, lawyer);
        ClientDesk.ClientView v = clients.view(clientId, lawyer);
        assertThat(v.registryChecks()).singleElement().satisfies(r -> {
            assertThat(r.checkedBy()).isEqualTo(lawyer.username());
            assertThat(r.listed()).isFalse();
        });
        assertThat(v.nextRegistryCheck()).isEqualTo(today.plusDays(30));
        assertThat(deadlines.calendar(lawyer, today).thisWeek()).noneMatch(i -> i.kind().equals("registry_check") && i.clientId() == clientId);

        // Nothing of this client's is on another lawyer's calendar.
        Deadlines.Calendar theirs = deadlines.calendar(otherLawyer, today);
        assertThat(List.of(theirs.overdue(), theirs.thisWeek(), theirs.later())).allSatisfy(l ->
                assertThat(l).noneMatch(i -> i.clientId() == clientId));
    }

    @Test
    void theFeedCarriesCaseReferencesButNoPersonalDataAndCanBeRevoked() {
        String name = "Лентова " + unique();
        long clientId = newClient(name, lawyer);
        long caseId = cases.create(clientId, "deportation", "", null, lawyer);
        cases.addDeadline(caseId, LocalDate.now().plusDays(2).toString(), "позвонить " + name, lawyer);
        String reference = cases.view(caseId, lawyer).reference();

        CalendarFeeds.Issued issued = feeds.issue(lawyer, "en");
        String ics = feeds.render(issued.token()).orElseThrow();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:" + reference + " · Deadline")
                .doesNotContain(name).doesNotContain("позвонить");
        assertThat(feeds.render("not-a-token")).isEmpty();

        vault.seal("test");
        assertThatThrownBy(() -> feeds.render(issued.token())).isInstanceOf(VaultSealedException.class);
        TestVault.unsealed(vault);

        feeds.revoke(issued.id(), lawyer);
        assertThat(feeds.render(issued.token())).isEmpty();
        assertThatThrownBy(() -> feeds.revoke(issued.id(), otherLawyer)).isInstanceOf(CaseProblem.class);
    }

    @Test
    void whileSealedNothingPersonalCanBeReadOrWritten() {
        long clientId = newClient("Печатов " + unique(), lawyer);
        long caseId = cases.create(clientId, "other", "", null, lawyer);
        vault.seal("test");
        assertThatThrownBy(() -> clients.view(clientId, lawyer)).isInstanceOf(VaultSealedException.class);
        assertThatThrownBy(() -> cases.view(caseId, lawyer)).isInstanceOf(VaultSealedException.class);
        assertThatThrownBy(() -> cases.list(viewer)).isInstanceOf(VaultSealedException.class);
        assertThatThrownBy(() -> clients.search("Печатов", lawyer)).isInstanceOf(VaultSealedException.class);
        assertThatThrownBy(() -> deadlines.calendar(lawyer, LocalDate.now())).isInstanceOf(VaultSealedException.class);
        assertThatThrownBy(() -> cases.addNote(caseId, "while sealed", lawyer)).isInstanceOf(VaultSealedException.class);
        assertThatThrownBy(() -> newClient("Новый", lawyer)).isInstanceOf(VaultSealedException.class);
        TestVault.unsealed(vault);
        assertThat(cases.view(caseId, lawyer).notes()).isEmpty();
    }

    @Test
    void anExpulsionRulingWithItsServiceDateCreatesTheAppealDeadlineFromTheRegimeRules() {
        long clientId = newClient("Выдворенов " + unique(), lawyer);
        long caseId = cases.create(clientId, "detention_expulsion", "", null, lawyer);
        LocalDate served = LocalDate.now().minusDays(1);
        long ruling = clients.addFact(clientId, caseId, "ruling", Map.of("rulingKind", "court_expulsion",
                "decided", served.minusDays(1).toString(), "served", served.toString()), lawyer);

        org.rightsdesk.regime.PersonFacts same = org.rightsdesk.regime.PersonFacts.builder().citizenship("UZ")
                .sex(org.rightsdesk.regime.Sex.MALE).birthDate(LocalDate.of(1990, 5, 17))
                .ruling(new org.rightsdesk.regime.ExpulsionRuling(org.rightsdesk.regime.RulingKind.COURT_EXPULSION,
                        served.minusDays(1), served, false, false, null, String.valueOf(ruling)))
                .build();
        LocalDate expected = new org.rightsdesk.regime.RegimeEngine().assess(same, LocalDate.now())
                .obligation(org.rightsdesk.regime.ObligationKind.EXPULSION_APPEAL, String.valueOf(ruling)).orElseThrow().due();

        assertThat(cases.view(caseId, lawyer).deadlines()).filteredOn(d -> d.kind().equals("expulsion_appeal")).singleElement()
                .satisfies(d -> {
                    assertThat(d.dueOn()).isEqualTo(expected);
                    assertThat(d.source()).isEqualTo("regime");
                    assertThat(d.factId()).isEqualTo(ruling);
                });
        assertThat(clients.assessment(clientId, LocalDate.now(), lawyer).assessment()).isNotNull();

        // The appeal is filed: the obligation is done and leaves the calendar.
        clients.updateFact(clientId, ruling, Map.of("kind", "ruling", "rulingKind", "court_expulsion",
                "decided", served.minusDays(1).toString(), "served", served.toString(), "appealFiled", LocalDate.now().toString()),
                lawyer);
        assertThat(cases.view(caseId, lawyer).deadlines()).noneMatch(d -> d.kind().equals("expulsion_appeal"));
        clients.deleteFact(clientId, ruling, lawyer);
        assertThat(cases.view(caseId, lawyer).deadlines()).noneMatch(d -> d.factId() != null && d.factId() == ruling);
    }

    @Test
    void withoutCitizenshipTheRulesSayWhatIsMissing() {
        long clientId = clients.create(new ClientForm("Безгражданства " + unique(), "", "", "", "", "", "", "", ""), false, lawyer)
                .createdId();
        RegimeAssessment a = clients.assessment(clientId, LocalDate.now(), lawyer);
        assertThat(a.assessment()).isNull();
        assertThat(a.problems()).containsExactly("citizenship");
    }

    static long nz(Long l) {
        return l == null ? -1 : l;
    }
}
