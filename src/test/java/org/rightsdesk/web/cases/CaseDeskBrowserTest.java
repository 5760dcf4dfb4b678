package org.rightsdesk.web.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * The case desk in a real Chromium with JavaScript off, against a real Tomcat: an admin unseals
 * the vault, takes in a client, opens an expulsion case, enters the ruling with its service date,
 * finds the appeal deadline on the calendar, seals, and finds the client file unreadable. A
 * lawyer signed in elsewhere is signed out by the seal. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
class CaseDeskBrowserTest {

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

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    void signIn(Page page, String base, String name) {
        page.navigate(base + "/login");
        page.getByLabel("User name").fill(name);
        page.getByLabel("Password").fill("browser test password");
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page).hasURL(base + "/");
    }

    @Test
    void unsealTakeInAClientEnterAnExpulsionRulingSeeTheAppealDeadlineSealAndFindItUnreadable() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String admin = "admin-" + suffix;
        String lawyer = "lawyer-" + suffix;
        accounts.createUser(admin, Role.ADMIN, "browser test password", "test");
        accounts.createUser(lawyer, Role.LAWYER, "browser test password", "test");
        TestVault.unsealed(vault);
        vault.seal("test"); // a restarted server: sealed
        String base = "http://localhost:" + port;
        String clientName = "Холматов Жасур " + suffix;
        Files.createDirectories(BrowserSupport.SCREENSHOTS);

        try (BrowserContext adminBrowser = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("en-GB"));
             BrowserContext lawyerBrowser = chromium.browser().newContext(new Browser.NewContextOptions()
                     .setJavaScriptEnabled(false).setLocale("en-GB"))) {
            Page lawyerPage = lawyerBrowser.newPage();
            signIn(lawyerPage, base, lawyer);

            Page page = adminBrowser.newPage();
            signIn(page, base, admin);
            assertThat(page.locator(".banner.sealed")).containsText("The vault is sealed");
            page.navigate(base + "/cases");
            assertThat(page.locator("h1")).hasText("The case desk is sealed");

            // Unseal: a wrong passphrase first, then the right one.
            page.navigate(base + "/vault");
            page.getByLabel("Vault passphrase").fill("this is not the passphrase");
            page.getByRole(AriaRole.BUTTON, named("Unseal")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong passphrase");
            page.getByLabel("Vault passphrase").fill(TestVault.PASSPHRASE);
            page.getByRole(AriaRole.BUTTON, named("Unseal")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The vault is unsealed.");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("cases-1-unsealed")).setFullPage(true));

            // A new client.
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cases").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New client").setExact(true)).first().click();
            page.getByLabel("Full name").fill(clientName);
            page.getByLabel("Date of birth").fill("1994-06-11");
            page.getByLabel("Citizenship (two-letter code: UZ, TJ, KG …)").fill("UZ");
            page.getByRole(AriaRole.BUTTON, named("Save")).click();
            assertThat(page.locator("h1")).containsText(clientName);
            String clientUrl = page.url();
            assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Client CL-\\d+ — Rightsdesk$"));

            // An expulsion case with the ruling and the day the client received it.
            page.getByRole(AriaRole.LINK, named("Open a case")).click();
            page.getByLabel("Kind").selectOption("detention_expulsion");
            page.getByRole(AriaRole.BUTTON, named("Open the case")).click();
            assertThat(page.locator("h1")).containsText("Case C-");
            String caseReference = page.locator("h1").textContent().replace("Case ", "").strip();
            LocalDate served = LocalDate.now().minusDays(2);
            Locator ruling = page.locator("form[action$='/rulings']");
            ruling.getByLabel("Kind of ruling").selectOption("court_expulsion");
            ruling.getByLabel("Ruling made on").fill(served.minusDays(1).toString());
            ruling.getByLabel("Copy received by the client on (starts the appeal period)").fill(served.toString());
            ruling.getByLabel("Court or authority").fill("Тверской районный суд");
            page.getByRole(AriaRole.BUTTON, named("Save the ruling")).click();
            assertThat(page.locator("#rulings + p + ul")).containsText("court ruling on expulsion");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("cases-2-case-with-ruling")).setFullPage(true));

            // The calendar.
            page.getByRole(AriaRole.LINK, named("Deadlines")).first().click();
            assertThat(page.locator("h1")).hasText("Deadlines");
            LocalDate due = CalendarExpectation.appealDeadline("UZ", LocalDate.of(1994, 6, 11), served.minusDays(1), served);
            CalendarExpectation.check(page, caseReference, due);
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("cases-3-calendar")).setFullPage(true));

            // The client page shows today's assessment, with the same deadline.
            page.navigate(clientUrl);
            assertThat(page.locator("#assessment + p + div")).containsText("What is due, and by when");
            assertThat(page.locator("#assessment + p + div")).containsText(
                    org.rightsdesk.regime.Text.date(due, java.util.Locale.ENGLISH));
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("cases-3b-client-assessment"))
                    .setFullPage(true));

            // Seal now: everyone is signed out at once.
            page.getByRole(AriaRole.BUTTON, named("Seal now")).first().click();
            assertThat(page).hasURL(base + "/login?sealed");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The vault was sealed and every session ended.");
            lawyerPage.navigate(base + "/cases");
            assertThat(lawyerPage).hasURL(base + "/login");

            // Signed in again, the client file is not readable.
            signIn(page, base, admin);
            page.navigate(clientUrl);
            assertThat(page.locator("h1")).hasText("The case desk is sealed");
            assertThat(page.content()).doesNotContain("Холматов").doesNotContain(suffix + "</");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("cases-4-sealed-client")).setFullPage(true));
        } finally {
            TestVault.unsealed(vault);
        }
        assertThat(BrowserSupport.screenshot("cases-4-sealed-client")).exists().isNotEmptyFile();
    }
}
