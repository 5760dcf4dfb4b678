package org.rightsdesk.web.monitor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.rightsdesk.monitor.NewSource;
import org.rightsdesk.monitor.Source;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.search.SearchIndex;
import org.rightsdesk.testsupport.BrowserSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A monitor, in a real Chromium with JavaScript off, codes an incident from a filed article —
 * pointing its number at a quote of the article — and sees it counted in the statistics, as a
 * lower bound. Then finds the article by the Latin spelling of a place the article writes in
 * Russian. No page may trip the Content-Security-Policy. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
class MonitorBrowserTest {

    static BrowserSupport chromium;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    SourceCatalog sources;
    @Autowired
    SearchIndex search;

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
    void aMonitorCodesAnIncidentFromAnArticleAndSeesItCounted() throws Exception {
        String name = "mon-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createUser(name, Role.MONITOR, "browser test password", "test");
        String marker = "Проверка-" + UUID.randomUUID().toString().substring(0, 4);
        Source article = sources.file(new NewSource("https://example.test/" + UUID.randomUUID(), "Тестовые новости",
                "Рейд у мечети в Котельниках " + marker, LocalDate.of(2031, 9, 3), "ru",
                "Во вторник, 2 сентября 2031 года, сотрудники полиции и Росгвардии провели рейд у мечети в Котельниках. "
                        + "По словам очевидцев, задержаны более 30 человек. Их доставили в отдел полиции для проверки документов. "
                        + marker, "test.html", "UTF-8"), "test").source();
        String base = "http://localhost:" + port;
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        List<String> cspViolations = new ArrayList<>();

        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("en-GB"))) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    cspViolations.add(m.text());
                }
            });
            page.navigate(base + "/login?lang=en");
            page.getByLabel("User name").fill(name);
            page.getByLabel("Password").fill("browser test password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

            page.navigate(base + "/monitor");
            assertThat(page.locator("h1")).hasText("Monitor");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(marker)).first();
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Code an incident")).click();
            assertThat(page.locator(".source-text")).containsText("задержаны более 30 человек");

            page.locator("#type").selectOption("raid");
            page.locator("#dateFrom").fill("2031-09-02");
            page.locator("#region").selectOption("RU-MOS");
            page.locator("#locality").fill("Котельники");
            page.locator("#siteKind").selectOption("mosque");
            page.locator("#qualifier").selectOption("more_than");
            page.locator("#count").fill("30");
            page.locator("#unit").fill("people detained");
            page.locator("#agency-police").check();
            page.locator("#agency-rosgvardia").check();
            page.locator("#quoteField0").selectOption("count");
            page.locator("#quote0").fill("задержаны  более 30 человек");
            page.locator("#quoteField1").selectOption("type");
            page.locator("#quote1").fill("провели рейд у мечети в Котельниках");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("monitor-code-incident")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check for duplicates and save")).click();

            assertThat(page.locator("h1")).containsText("Raid");
            assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Saved.");
            assertThat(page.locator("dl.coded")).containsText("Moscow Oblast, Kotelniki · Mosque");
            assertThat(page.locator("dl.coded")).containsText("more than 30");
            assertThat(page.locator("table", new Page.LocatorOptions().setHasText("задержаны более 30 человек")))
                    .containsText("counted");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("monitor-incident")).setFullPage(true));

            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Monitor desk"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Statistics")).click();
            page.locator("#from").fill("2031-09");
            page.locator("#to").fill("2031-09");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            Locator summary = page.locator("#summary");
            assertThat(summary).containsText("Reported");
            assertThat(summary.locator("dd").first()).hasText("1");
            assertThat(summary).containsText("more than 30");
            assertThat(page.locator("table.stats", new Page.LocatorOptions().setHasText("By region")))
                    .containsText("Moscow Oblast");
            assertThat(page.locator("svg.chart").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("monitor-statistics")).setFullPage(true));

            search.drain();
            page.navigate(base + "/search?q=Kotelniki+" + marker);
            assertThat(page.locator(".hit").first()).containsText("Котельниках");
            assertThat(page.locator(".hit mark").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("monitor-search-kotelniki")).setFullPage(true));

            page.navigate(base + "/monitor/timeline");
            assertThat(page.locator(".timeline")).containsText("2031-09-02");
        }
        assertThat(cspViolations).isEmpty();
        assertThat(BrowserSupport.screenshot("monitor-statistics")).exists().isNotEmptyFile();
    }
}
