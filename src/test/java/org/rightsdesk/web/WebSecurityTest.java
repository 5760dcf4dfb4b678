package org.rightsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.ApiTokens;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class WebSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokens tokens;

    /** The session cookie a response set (sessions live in the database, named by this cookie). */
    static Cookie sessionCookie(MvcResult result) {
        String set = result.getResponse().getHeaders("Set-Cookie").stream().filter(h -> h.startsWith("RDSESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
        return new Cookie("RDSESSION", set.substring("RDSESSION=".length(), set.indexOf(';')));
    }

    private UserAccount newUser(Role role, String password) {
        return accounts.createUser("web-" + UUID.randomUUID().toString().substring(0, 8), role, password, "test");
    }

    @Test
    void pagesNeedSignInButTheLoginPageIsPublic() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicy() throws Exception {
        MvcResult r = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        String csp = r.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(r.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void signingInWithTheRightPasswordWorksAndTheWrongOneDoesNot() throws Exception {
        UserAccount u = newUser(Role.LAWYER, "the right password");
        mvc.perform(formLogin("/login").user(u.username()).password("the right password"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        MvcResult bad = mvc.perform(formLogin("/login").user(u.username()).password("the wrong password"))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        Cookie session = sessionCookie(bad);
        mvc.perform(get("/login").param("error", "").cookie(session).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("Wrong user name or password.")));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        UserAccount u = newUser(Role.LAWYER, "the right password");
        mvc.perform(post("/login").param("username", u.username()).param("password", "the right password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").param("label", "x").with(user(u.username()).roles("LAWYER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenWithTheRightPassword() throws Exception {
        UserAccount u = newUser(Role.MONITOR, "the right password");
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user(u.username()).password("nope nope nope")).andExpect(redirectedUrl("/login?error"));
        }
        MvcResult throttled = mvc.perform(formLogin("/login").user(u.username()).password("the right password"))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        Cookie session = sessionCookie(throttled);
        mvc.perform(get("/login").param("error", "").cookie(session).header("Accept-Language", "ru"))
                .andExpect(content().string(Matchers.containsString("Слишком много неудачных попыток")));
    }

    @Test
    void adminPagesAreForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/users").with(user("someone").roles("LAWYER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("boss").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void anAdminCreatesAUserAndSeesTheOneTimePasswordOnce() throws Exception {
        UserAccount admin = newUser(Role.ADMIN, "admin password 1");
        String name = "made-" + UUID.randomUUID().toString().substring(0, 6);
        MvcResult r = mvc.perform(post("/admin/users").param("username", name).param("role", "lawyer")
                        .with(user(admin.username()).roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        String html = r.getResponse().getContentAsString();
        assertThat(html).contains(name).containsPattern("<code class=\"secret\">[a-zA-Z2-9]{20}</code>");
        assertThat(accounts.find(name)).map(UserAccount::role).contains(Role.LAWYER);
    }

    @Test
    void languageSwitchesByLinkAndIsRemembered() throws Exception {
        MvcResult en = mvc.perform(get("/login?lang=en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1>Sign in</h1>"))).andReturn();
        Cookie lang = en.getResponse().getCookie("RDLANG");
        assertThat(lang).isNotNull();
        mvc.perform(get("/login").cookie(lang)).andExpect(content().string(Matchers.containsString("<h1>Sign in</h1>")));
        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("<h1>Вход</h1>")))
                .andExpect(content().string(Matchers.containsString("lang=\"ru\"")));
        mvc.perform(get("/login?lang=xx")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1>Вход</h1>")));
    }

    @Test
    void healthIsPublicAndReportsTheDatabase() throws Exception {
        mvc.perform(get("/api/v1/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("up"))
                .andExpect(jsonPath("$.database").value(true));
    }

    @Test
    void theApiTakesTokensNotSessionsAndAnswersWithProblems() throws Exception {
        UserAccount u = newUser(Role.MONITOR, "api user password");
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401));
        // A signed-in browser session does not open the API: no cookies there, so no CSRF exposure.
        Cookie browser = sessionCookie(mvc.perform(formLogin("/login").user(u.username()).password("api user password"))
                .andExpect(redirectedUrl("/")).andReturn());
        mvc.perform(get("/account").cookie(browser)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").cookie(browser)).andExpect(status().isUnauthorized());
        ApiTokens.IssuedToken t = tokens.issue(u.id(), "test", u, "api user password");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + t.secret())).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(u.username()))
                .andExpect(jsonPath("$.role").value("monitor"));
        tokens.revoke(t.id(), u);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + t.secret())).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/v1/health'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
    }

    @Test
    void aUserCreatesAndRevokesTheirOwnToken() throws Exception {
        UserAccount u = newUser(Role.LAWYER, "token user password");
        MvcResult r = mvc.perform(post("/account/tokens").param("label", "my script").param("password", "token user password")
                        .with(user(u.username()).roles("LAWYER")).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentAsString()).containsPattern("rd_[A-Za-z0-9_-]{43}");
        long id = tokens.listFor(u.id()).get(0).id();
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(u.username()).roles("LAWYER")).with(csrf()))
                .andExpect(redirectedUrl("/account"));
        assertThat(tokens.listFor(u.id()).get(0).active()).isFalse();
    }
}
