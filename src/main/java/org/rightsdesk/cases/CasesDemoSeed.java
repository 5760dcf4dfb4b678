package org.rightsdesk.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.storage.DemoSeed;
import org.springframework.stereotype.Component;

/**
 * Demo clients and cases for {@code ./rightsdesk demo}: three invented people with the kinds of
 * history the desk handles (a patent worker, an expulsion ruling just served, a register
 * listing), dated relative to today so the calendar has something overdue, due this week and
 * later. Loaded only in demo mode, after the demo's vault has been unsealed.
 */
@Component
class CasesDemoSeed implements DemoSeed {

    private final ClientDesk clients;
    private final CaseDesk cases;
    private final AccountService accounts;
    private final Clock clock;

    CasesDemoSeed(ClientDesk clients, CaseDesk cases, AccountService accounts, Clock clock) {
        this.clients = clients;
        this.cases = cases;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        UserAccount lawyer = accounts.createUser("demo-lawyer", Role.LAWYER, AccountService.generatePassword(), "demo");

        long worker = clients.create(new ClientForm("Юлдашев Шохрух Бахтиёрович", "1993-04-12", "UZ", "male", "FA 1234567",
                "+7 900 000-00-01", "Москва", "Работает на стройке по патенту.", "30"), true, lawyer).createdId();
        clients.addFact(worker, null, "stay", Map.of("entered", today.minusMonths(7).toString(), "purpose", "work"), lawyer);
        clients.addFact(worker, null, "document", Map.of("documentKind", "patent", "number", "77 2400123456",
                "issued", today.minusMonths(6).toString()), lawyer);
        clients.addFact(worker, null, "patent_payment", Map.of("paidOn", today.minusMonths(6).toString(), "months", "3"), lawyer);
        clients.addFact(worker, null, "patent_payment", Map.of("paidOn", today.minusMonths(3).minusDays(2).toString(), "months", "3"), lawyer);
        long annulment = cases.create(worker, "patent_annulment", today.minusDays(10).toString(),
                "Патент аннулирован после проверки; обжалуем.", lawyer);
        cases.addTask(annulment, "Запросить копию решения об аннулировании", today.minusDays(1).toString(), null, lawyer);

        long detained = clients.create(new ClientForm("Ҷумъаев Ҷамшед", "1988-09-30", "TJ", "male", "", "", "",
                "Задержан при рейде на рынке.", "30"), true, lawyer).createdId();
        clients.addFact(detained, null, "stay", Map.of("entered", today.minusMonths(14).toString(), "purpose", "work"), lawyer);
        long expulsion = cases.create(detained, "detention_expulsion", today.minusDays(4).toString(),
                "Постановление о выдворении, содержится в ЦВСИГ.", lawyer);
        clients.addFact(detained, expulsion, "ruling", Map.of("rulingKind", "court_expulsion",
                "decided", today.minusDays(4).toString(), "served", today.minusDays(3).toString(), "forced", "true",
                "detained", "true", "issuedBy", "Районный суд (демо)"), lawyer);
        long proceeding = cases.addProceeding(expulsion, "appeal", "Городской суд (демо)", "12-0000/2026", lawyer);
        cases.addHearing(expulsion, proceeding, today.plusDays(5).toString(), "10:30", "зал 3", lawyer);
        cases.addNote(expulsion, "Родственники готовы подтвердить место жительства.", lawyer);

        long listed = clients.create(new ClientForm("Асанова Айгерим", "1999-01-05", "KG", "female", "", "", "", "", "14"),
                true, lawyer).createdId();
        clients.recordRegistryCheck(listed, Map.of("checkedOn", today.minusDays(20).toString(), "result", "listed",
                "source", "mvd_website", "note", "Найдена в реестре"), lawyer);
        long registry = cases.create(listed, "registry_inclusion", today.minusDays(19).toString(), null, lawyer);
        cases.addDeadline(registry, today.plusDays(12).toString(), "Подать заявление об исключении из реестра", lawyer);
    }
}
