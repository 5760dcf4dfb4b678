package org.rightsdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.testsupport.BrowserSupport;
import org.rightsdesk.testsupport.TestVault;
import org.rightsdesk.vault.Vault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web shell in a real Chromium with JavaScript switched off: sign in, switch language,
 * open each desk, sign out. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
class ShellBrowserTest {

    static BrowserSupport chromium;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    Vault vault;

    @BeforeAll
    static void launch() {
        chromium = BrowserSupport.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void signInSwitchLanguageVisitEachDeskSignOut() throws Exception {
        String name = "e2e-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createUser(name, Role.LAWYER, "browser test password", "test");
        TestVault.unsealed(vault); // the case desk opens only on an unsealed vault
        String base = "http://localhost:" + port;
        Files.createDirectories(BrowserSupport.SCREENSHOTS);

        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("ru-RU"))) {
            Page page = context.newPage();
            page.navigate(base + "/");
            assertThat(page).hasURL(base + "/login");
            assertThat(page.locator("h1")).hasText("Вход");
            page.getByLabel("Имя пользователя").fill(name);
            page.getByLabel("Пароль").fill("browser test password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
            assertThat(page).hasURL(base + "/");
            assertThat(page.locator("h1")).hasText("Rightsdesk");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("shell-home-ru")).setFullPage(true));

            Cookie session = context.cookies().stream().filter(c -> c.name.equals("RDSESSION")).findFirst().orElseThrow();
            assertThat(session.httpOnly).isTrue();
            assertThat(session.secure).isTrue();
            assertThat(session.sameSite).isEqualTo(SameSiteAttribute.STRICT);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText("Monitor");

            for (String[] desk : new String[][] {{"Monitor", "monitor"}, {"Cases", "cases"}, {"Check your situation", "check"}}) {
                page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName(desk[0]).setExact(true)).click();
                assertThat(page).hasURL(base + "/" + desk[1]);
                assertThat(page.locator("h1")).hasText(desk[0]);
                assertThat(page).hasTitle(desk[0] + " — Rightsdesk");
                page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("shell-" + desk[1] + "-en")));
            }

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page).hasURL(base + "/login?logout");
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
            page.navigate(base + "/cases");
            assertThat(page).hasURL(base + "/login");
        }
        assertThat(BrowserSupport.screenshot("shell-home-ru")).exists().isNotEmptyFile();
    }
}
