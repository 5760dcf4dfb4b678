package org.rightsdesk.web.monitor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.testsupport.BrowserSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A monitor, in a real Chromium with JavaScript off, imports a fresh article (our own text),
 * opens the coding form from it, chooses the suggested raid, accepts its values — rejecting one
 * agency — and saves. The incident carries the accepted values with their words as claims, and
 * shows on the timeline and in the statistics. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
class SuggestedCodingBrowserTest {

    static BrowserSupport chromium;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

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
    void aMonitorCodesAnIncidentByAcceptingSuggestions() throws Exception {
        String name = "sug-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createUser(name, Role.MONITOR, "browser test password", "test");
        String marker = "Метка" + UUID.randomUUID().toString().substring(0, 6);
        byte[] article = new String(getClass().getResourceAsStream("/org/rightsdesk/suggest/podolsk-raid.html").readAllBytes(),
                StandardCharsets.UTF_8).replace("MARKER", marker).getBytes(StandardCharsets.UTF_8);
        LocalDate published = LocalDate.of(2032, 9, 10);
        LocalDate thursday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
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

            page.navigate(base + "/monitor/sources/import");
            page.locator("#article-file").setInputFiles(new FilePayload("podolsk-" + marker + ".html", "text/html", article));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Imported");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the source")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Code an incident from this source")).click();

            assertThat(page.locator("#suggest-heading")).hasText("Suggested incidents");
            Locator first = page.locator(".suggestion-list li").first();
            assertThat(first).containsText("Raid");
            assertThat(first).containsText(thursday.toString());
            assertThat(first).containsText("Moscow Oblast");
            assertThat(page.locator(".source-text mark.evidence").first()).containsText("провели рейд на рынке в Подольске");
            first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Code suggestion 1")).click();

            assertThat(page.locator("#type")).hasValue("raid");
            assertThat(page.locator("#dateFrom")).hasValue(thursday.toString());
            assertThat(page.locator("#region")).hasValue("RU-MOS");
            assertThat(page.locator("#locality")).hasValue("Подольск");
            assertThat(page.locator("#siteKind")).hasValue("market");
            assertThat(page.locator("#qualifier")).hasValue("more_than");
            assertThat(page.locator("#count")).hasValue("40");
            assertThat(page.locator("#agency-police")).isChecked();
            assertThat(page.locator("#agency-rosgvardia")).isChecked();
            assertThat(page.locator(".source-text mark.value", new Page.LocatorOptions().setHasText("более 40"))).isVisible();
            Locator omon = page.locator(".suggested-values tr", new Page.LocatorOptions().setHasText("ОМОНа"));
            omon.getByLabel("Reject").check();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("suggested-coding-form")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check for duplicates and save")).click();

            assertThat(page.locator("h1")).containsText("Raid");
            assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Saved.");
            Locator coded = page.locator("dl.coded");
            assertThat(coded).containsText("Moscow Oblast, Podolsk · Market");
            assertThat(coded).containsText("more than 40");
            assertThat(coded).containsText("Police");
            assertThat(coded).not().containsText("Rosgvardia");
            // The accepted values are claims of the source with their words; the rejected agency has none.
            assertThat(page.locator("tr", new Page.LocatorOptions().setHas(page.locator("q", new Page.LocatorOptions().setHasText("более 40")))))
                    .containsText("counted");
            for (String words : List.of("рейд", "В четверг", "Подольске", "рынке", "полиции")) {
                assertThat(page.locator("td q", new Page.LocatorOptions().setHasText(words)).first()).isVisible();
            }
            assertThat(page.locator("td q", new Page.LocatorOptions().setHasText("ОМОНа"))).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("suggested-coding-incident")).setFullPage(true));

            page.navigate(base + "/monitor/timeline");
            assertThat(page.locator(".timeline")).containsText(thursday.toString());

            page.navigate(base + "/monitor/statistics?from=2032-09&to=2032-09");
            Locator summary = page.locator("#summary");
            assertThat(summary.locator("dd").first()).hasText("1");
            assertThat(summary).containsText("more than 40");
            assertThat(page.locator("table.stats", new Page.LocatorOptions().setHasText("By region"))).containsText("Moscow Oblast");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("suggested-coding-statistics")).setFullPage(true));
        }
        assertThat(cspViolations).isEmpty();
    }
}
