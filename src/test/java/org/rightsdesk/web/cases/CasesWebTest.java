package org.rightsdesk.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.ApiTokens;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.cases.CalendarFeeds;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.TestVault;
import org.rightsdesk.vault.Vault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case desk's pages and API as a browser and a script meet them, sealed and unsealed. */
@DatabaseTest
class CasesWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    Vault vault;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void unsealAgain() {
        TestVault.unsealed(vault);
    }

    UserAccount newUser(Role role) {
        return accounts.createUser("w" + role.code() + "-" + UUID.randomUUID().toString().substring(0, 8), role,
                "a test password long enough", "test");
    }

    static RequestPostProcessor as(UserAccount u) {
        return user(u.username()).roles(u.role().name());
    }

    long createClient(UserAccount lawyer, String name) throws Exception {
        MvcResult r = mvc.perform(post("/cases/clients").with(as(lawyer)).with(csrf())
                        .param("fullName", name).param("birthDate", "1988-08-08").param("citizenship", "tj")
                        .param("registryCheckDays", "30"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).matches("/cases/clients/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aLawyerTakesInAClientOpensACaseAndWorksIt() throws Exception {
        TestVault.unsealed(vault);
        UserAccount lawyer = newUser(Role.LAWYER);
        String name = "Веб Тестов " + UUID.randomUUID().toString().substring(0, 4);
        long clientId = createClient(lawyer, name);
        mvc.perform(get("/cases/clients/" + clientId).with(as(lawyer)).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("Реестр контролируемых лиц")))
                // The page title never carries the name.
                .andExpect(content().string(Matchers.not(Matchers.containsString("<title>" + name))));

        // The same person again: a warning with a link, nothing created.
        mvc.perform(post("/cases/clients").with(as(lawyer)).with(csrf()).param("fullName", name).param("birthDate", "1988-08-08")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("possible duplicate")))
                .andExpect(content().string(Matchers.containsString("href=\"/cases/clients/" + clientId + "\"")));

        // An impossible date: one sentence naming the field, and what was typed is still there.
        mvc.perform(post("/cases/clients/" + clientId + "/facts").with(as(lawyer)).with(csrf())
                        .param("kind", "stay").param("entered", "2025-02-30").header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Дата въезда: «2025-02-30» — не существующая дата")))
                .andExpect(content().string(Matchers.containsString("value=\"2025-02-30\"")));

        MvcResult opened = mvc.perform(post("/cases").with(as(lawyer)).with(csrf()).param("clientId", String.valueOf(clientId))
                        .param("kind", "detention_expulsion").param("summary", "Задержан на рынке"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String caseUrl = opened.getResponse().getRedirectedUrl();
        assertThat(caseUrl).matches("/cases/\\d+");
        mvc.perform(post(caseUrl + "/notes").with(as(lawyer)).with(csrf()).param("body", "первая встреча"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", true));
        mvc.perform(multipart(caseUrl + "/attachments")
                        .file(new MockMultipartFile("file", "virus.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4}))
                        .with(as(lawyer)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", Matchers.containsString("virus.pdf")));
        mvc.perform(get(caseUrl).with(as(lawyer)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("первая встреча")))
                .andExpect(content().string(Matchers.containsString("administrative detention and expulsion")));
        mvc.perform(get("/cases/calendar").with(as(lawyer)).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Re-check the controlled persons register")));
    }

    @Test
    void whenSealedPagesShowTheSealedPageAndTheApiAnswers503ButHealthAndLoginWork() throws Exception {
        TestVault.unsealed(vault);
        UserAccount lawyer = newUser(Role.LAWYER);
        String name = "Запечатанный " + UUID.randomUUID().toString().substring(0, 4);
        long clientId = createClient(lawyer, name);
        String token = tokens.issue(lawyer.id(), "test", lawyer, "a test password long enough").secret();
        CalendarFeeds.Issued feed = feeds.issue(lawyer, "ru");

        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/feeds/" + feed.token() + ".ics")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"));

        vault.seal("test");
        mvc.perform(get("/cases/clients/" + clientId).with(as(lawyer)).header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(Matchers.containsString("The case desk is sealed")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(name))));
        mvc.perform(get("/cases").with(as(lawyer))).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Vault sealed"));
        mvc.perform(get("/feeds/" + feed.token() + ".ics")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/api/v1/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.details.sealed").value(true))
                .andExpect(jsonPath("$.details.vault").value("sealed"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void aSealedServerRefusesEveryChangeToCaseDataNotOnlyReads() throws Exception {
        TestVault.unsealed(vault);
        UserAccount lawyer = newUser(Role.LAWYER);
        UserAccount colleague = newUser(Role.LAWYER);
        long clientId = createClient(lawyer, "Неизменный " + UUID.randomUUID().toString().substring(0, 4));
        String caseUrl = mvc.perform(post("/cases").with(as(lawyer)).with(csrf()).param("clientId", String.valueOf(clientId))
                .param("kind", "detention_expulsion")).andReturn().getResponse().getRedirectedUrl();
        long caseId = Long.parseLong(caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
        mvc.perform(post(caseUrl + "/team").with(as(lawyer)).with(csrf()).param("username", colleague.username()));
        mvc.perform(multipart(caseUrl + "/attachments").file(new MockMultipartFile("file", "a.txt", "text/plain",
                "проверка".getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(as(lawyer)).with(csrf()));
        long attachmentId = jdbc.sql("SELECT id FROM attachments WHERE case_id = ?").param(caseId).query(Long.class).single();
        String before = caseState(caseId);

        vault.seal("test");
        // Every change the case desk's pages offer, taken from the request mappings, not a hand-made list.
        java.util.List<String> refused = new java.util.ArrayList<>();
        for (String pattern : deskChangeMappings()) {
            String path = pattern.replaceAll("\\{id[^}]*}", String.valueOf(pattern.startsWith("/cases/clients/") ? clientId : caseId))
                    .replaceAll("\\{attachmentId[^}]*}", String.valueOf(attachmentId))
                    .replaceAll("\\{userId[^}]*}", String.valueOf(colleague.id()))
                    .replaceAll("\\{[a-zA-Z]+[^}]*}", "1");
            MvcResult r = mvc.perform(post(path).with(as(lawyer)).with(csrf()).param("status", "closed")
                    .param("username", colleague.username()).param("body", "x").header("Accept-Language", "en")).andReturn();
            assertThat(r.getResponse().getStatus()).as("POST %s while sealed", path).isEqualTo(503);
            assertThat(r.getResponse().getContentAsString()).as("POST %s says why", path)
                    .contains("The case desk is sealed").contains("Nothing on the case desk can be changed");
            refused.add(path);
        }
        assertThat(refused).hasSizeGreaterThan(15).anyMatch(p -> p.endsWith("/status"))
                .anyMatch(p -> p.endsWith("/delete")).anyMatch(p -> p.contains("/team/"));
        TestVault.unsealed(vault);
        assertThat(caseState(caseId)).as("nothing changed while sealed").isEqualTo(before);
    }

    @Autowired
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    private java.util.List<String> deskChangeMappings() {
        java.util.List<String> out = new java.util.ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.POST)) {
                info.getPatternValues().stream().filter(p -> p.startsWith("/cases")).forEach(out::add);
            }
        });
        return out;
    }

    private String caseState(long caseId) {
        return jdbc.sql("SELECT status FROM cases WHERE id = ?").param(caseId).query(String.class).single()
                + "|" + jdbc.sql("SELECT COUNT(*) FROM attachments WHERE case_id = ?").param(caseId).query(Long.class).single()
                + "|" + jdbc.sql("SELECT COUNT(*) FROM case_team WHERE case_id = ?").param(caseId).query(Long.class).single()
                + "|" + jdbc.sql("SELECT COUNT(*) FROM tasks WHERE case_id = ?").param(caseId).query(Long.class).single()
                + "|" + jdbc.sql("SELECT COUNT(*) FROM client_facts WHERE client_id = (SELECT client_id FROM cases WHERE id = ?)")
                .param(caseId).query(Long.class).single();
    }

    @Test
    void aTamperedRecordShowsAnIntegrityMessageNotTheData() throws Exception {
        TestVault.unsealed(vault);
        UserAccount lawyer = newUser(Role.LAWYER);
        long clientId = createClient(lawyer, "Подделкин " + UUID.randomUUID().toString().substring(0, 4));
        byte[] sealed = jdbc.sql("SELECT full_name FROM clients WHERE id = ?").param(clientId).query(byte[].class).single();
        sealed[sealed.length - 1] ^= 0x01;
        jdbc.sql("UPDATE clients SET full_name = ? WHERE id = ?").params(sealed, clientId).update();
        mvc.perform(get("/cases/clients/" + clientId).with(as(lawyer)).header("Accept-Language", "en"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(Matchers.containsString("failed its integrity check")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Подделкин"))));
    }

    @Test
    void onlyAdminsUnsealAndMonitorsDoNotReachTheDesk() throws Exception {
        TestVault.unsealed(vault);
        UserAccount lawyer = newUser(Role.LAWYER);
        UserAccount monitor = newUser(Role.MONITOR);
        mvc.perform(get("/cases").with(as(monitor))).andExpect(status().isForbidden());
        mvc.perform(post("/vault/unseal").with(as(lawyer)).with(csrf()).param("passphrase", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/vault/seal").with(as(monitor)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/health")).andExpect(jsonPath("$.details.sealed").value(false));
    }

    @Test
    void aWrongPassphraseOnTheUnsealPageIsRefusedWithOneSentence() throws Exception {
        TestVault.unsealed(vault);
        UserAccount admin = newUser(Role.ADMIN);
        mvc.perform(post("/vault/seal").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(vault.isSealed()).isTrue();
        mvc.perform(post("/vault/unseal").with(as(admin)).with(csrf()).param("passphrase", "a wrong passphrase entirely")
                        .header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Wrong passphrase; the vault stays sealed."));
        assertThat(vault.isSealed()).isTrue();
        mvc.perform(post("/vault/unseal").with(as(admin)).with(csrf()).param("passphrase", TestVault.PASSPHRASE))
                .andExpect(status().is3xxRedirection());
        assertThat(vault.isSealed()).isFalse();
    }
}
