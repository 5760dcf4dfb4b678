package org.rightsdesk.web.check;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.BrowserSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A migrant on the public page in a real Chromium with JavaScript switched off: picks a
 * citizenship, ticks "I received a decision on expulsion", enters the day the copy came, and
 * sees the appeal deadline first and its legal basis after, without ever signing in and
 * without any answer in the address bar. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
class CheckBrowserTest {

    static BrowserSupport chromium;

    @LocalServerPort
    int port;

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
    void aMigrantSeesTheAppealDeadlineAndItsCitationWithJavaScriptOff() throws Exception {
        String base = "http://localhost:" + port;
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("en-GB"))) {
            Page page = context.newPage();
            Response first = page.navigate(base + "/check?lang=en");
            assertThat(first.headers().get("cache-control")).contains("no-store");
            assertThat(page.locator("h1")).hasText("Check your situation");
            page.getByLabel("Your citizenship").selectOption("UZ");
            page.getByLabel("I received a decision on expulsion or deportation").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();

            assertThat(page.getByLabel("The day you received a copy")).isVisible();
            assertThat(page.getByLabel("The day your patent was issued")).hasCount(0);
            page.getByLabel("Who made the decision?").selectOption("COURT_EXPULSION");
            page.getByLabel("The day you received a copy").fill("2025-04-23");
            page.getByLabel("Check the situation as of").fill("2025-04-24");
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("check-questions-en")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my dates")).click();

            assertThat(page.locator("h1")).hasText("Your dates");
            assertThat(page).hasURL(base + "/check");
            com.microsoft.playwright.Locator appeal = page.locator("ol.dates li",
                    new Page.LocatorOptions().setHasText("Appeal against expulsion"));
            assertThat(appeal).containsText("5 May 2025 (Monday)");
            assertThat(appeal.locator("strong.date")).hasText("5 May 2025 (Monday)");
            com.microsoft.playwright.Locator basis = page.locator("article.basis",
                    new Page.LocatorOptions().setHasText("Appeal against expulsion"));
            assertThat(basis).containsText("R-071");
            assertThat(basis).containsText("364-FZ");
            assertThat(basis.locator(".sources a").first()).isVisible();
            String text = page.locator("main").innerText();
            assertThat(text.indexOf("5 May 2025")).isLessThan(text.indexOf("R-071"));
            // Dates first also on screen: the list of dates stands below the heading, not in a column beside it.
            var heading = page.locator("h1").boundingBox();
            var dates = page.locator("ol.dates").first().boundingBox();
            assertThat(dates.y).isGreaterThan(heading.y + heading.height);
            assertThat(dates.width).isGreaterThan(page.viewportSize().width / 2.0);
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("check-result-en")).setFullPage(true));

            // The same answer in Russian, after changing nothing but the language.
            page.navigate(base + "/check?lang=ru");
            assertThat(page.locator("h1")).hasText("Проверить свою ситуацию");
        }
        assertThat(BrowserSupport.screenshot("check-result-en")).exists().isNotEmptyFile();
    }

    @Test
    void aMigrantWithTwoTripsSeesWhatIsAlreadyDoneTripByTripWithJavaScriptOff() throws Exception {
        String base = "http://localhost:" + port;
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(base + "/check?lang=en");
            page.getByLabel("Your citizenship").selectOption("UZ");
            page.getByLabel("I am in Russia now").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();

            assertThat(page.getByLabel("Check the situation as of")).not().hasValue("");
            page.getByLabel("The day you entered Russia this time").fill("2025-02-03");
            page.locator("#trip1Entered").fill("2024-11-02");
            page.locator("#trip1Left").fill("2024-12-20");
            page.getByLabel("The day you arrived at this address").fill("2025-02-04");
            page.getByLabel("The day the notice of arrival was filed").fill("2025-02-10");
            page.getByLabel("Check the situation as of").fill("2025-03-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my dates")).click();

            assertThat(page.locator("h1")).hasText("Your dates");
            com.microsoft.playwright.Locator duties = page.locator("section.duties");
            assertThat(duties.locator("h2")).hasText("Done and still to do, trip by trip");
            assertThat(duties.locator("h3")).hasText(new String[] {"Trip 1: 2 November 2024 (Saturday) – 20 December 2024 (Friday)",
                    "Trip 2: from 3 February 2025 (Monday), still in Russia"});
            com.microsoft.playwright.Locator notice = duties.locator("li.duty.done",
                    new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Notice of arrival"));
            assertThat(notice).containsText("Done on 10 February 2025 (Monday), on time (due 17 February 2025 (Monday)).");
            assertThat(duties.locator("li.duty.open").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("check-duties-en")).setFullPage(true));
        }
    }
}
