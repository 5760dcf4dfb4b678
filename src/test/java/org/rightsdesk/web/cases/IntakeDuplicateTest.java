package org.rightsdesk.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.testsupport.DatabaseTest;
import org.rightsdesk.testsupport.TestVault;
import org.rightsdesk.vault.Vault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding 3: the intake duplicate check must not be an oracle. A lawyer who is not on the matched
 * client's cases learns only that a possible duplicate exists and whom to ask — never the other
 * record's reference, nor whether the name, the passport number or the birth date matched.
 */
@DatabaseTest
class IntakeDuplicateTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    Vault vault;
    @Autowired
    AuditLog audit;

    UserAccount first;
    UserAccount second;
    UserAccount admin;

    @BeforeEach
    void setUp() {
        TestVault.unsealed(vault);
        first = newUser(Role.LAWYER);
        second = newUser(Role.LAWYER);
        admin = newUser(Role.ADMIN);
    }

    private UserAccount newUser(Role role) {
        return accounts.createUser("dup-" + UUID.randomUUID().toString().substring(0, 8), role, "a test password long enough", "test");
    }

    static RequestPostProcessor as(UserAccount u) {
        return user(u.username()).roles(u.role().name());
    }

    private String intake(UserAccount who, String name, String born, String passport, boolean confirmed) throws Exception {
        return mvc.perform(post("/cases/clients").with(as(who)).with(csrf()).header("Accept-Language", "en")
                        .param("fullName", name).param("birthDate", born).param("passport", passport)
                        .param("duplicateConfirmed", String.valueOf(confirmed)))
                .andReturn().getResponse().getContentAsString();
    }

    private String referenceOfCreated(UserAccount who, String name, String born, String passport) throws Exception {
        var r = mvc.perform(post("/cases/clients").with(as(who)).with(csrf())
                .param("fullName", name).param("birthDate", born).param("passport", passport)).andExpect(status().is3xxRedirection()).andReturn();
        String id = r.getResponse().getRedirectedUrl().replaceAll("\\D", "");
        return String.format("CL-%04d", Long.parseLong(id));
    }

    @Test
    void aLawyerNotOnTheCaseLearnsNeitherTheReferenceNorWhichFieldMatched() throws Exception {
        String name = "Оракулов " + UUID.randomUUID().toString().substring(0, 6) + " Бахтиёр";
        String passport = "FA" + (1000000 + (int) (Math.random() * 8000000));
        String reference = referenceOfCreated(first, name, "1990-01-02", passport);

        String byName = intake(second, name, "1990-01-02", "", false);
        String byPassport = intake(second, "Совсем Другое Имя", "", passport, false);
        for (String page : new String[]{byName, byPassport}) {
            assertThat(page).doesNotContain(reference)
                    .doesNotContain("same name").doesNotContain("same passport").doesNotContain("birth date matched")
                    .contains("possible duplicate");
        }
        // The two replies read the same, so comparing them tells nothing either.
        assertThat(strip(byName)).isEqualTo(strip(byPassport));
        // The audit entry names the record matched.
        assertThat(audit.latest(20)).anyMatch(e -> e.action().equals("client.duplicate_warning")
                && e.actor().equals(second.username()) && e.recordId() != null);
    }

    @Test
    void anAdminSeesTheMatchAndDecides() throws Exception {
        String name = "Сверкин " + UUID.randomUUID().toString().substring(0, 6) + " Алишер";
        String reference = referenceOfCreated(first, name, "1985-05-05", "");
        assertThat(intake(admin, name, "1985-05-05", "", false)).contains(reference);
        // A lawyer creates anyway: nothing shown to them, the pair waits for the admin.
        intake(second, name, "1985-05-05", "", true);
        String review = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/cases/duplicates")
                .with(as(admin)).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(review).contains(reference);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/cases/duplicates").with(as(second)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCheckIsRateLimitedPerUser() throws Exception {
        UserAccount prober = newUser(Role.LAWYER);
        String last = "";
        for (int i = 0; i < 25; i++) {
            last = intake(prober, "Пробный " + i + " " + UUID.randomUUID().toString().substring(0, 4), "", "", false);
        }
        assertThat(last).contains("Too many duplicate checks");
        // Someone else is not held up.
        assertThat(intake(second, "Свободный " + UUID.randomUUID().toString().substring(0, 4), "", "", false)).doesNotContain("Too many");
    }

    /** The page without the echoed form values. */
    private static String strip(String page) {
        return page.replaceAll("value=\"[^\"]*\"", "").replaceAll("<textarea[^>]*>[^<]*</textarea>", "")
                .replaceAll("name=\"_csrf\"[^>]*", "");
    }
}
