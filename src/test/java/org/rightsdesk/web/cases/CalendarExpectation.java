package org.rightsdesk.web.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;

/** What the calendar must show for an expulsion ruling served on a given day. */
final class CalendarExpectation {

    private CalendarExpectation() {
    }

    static void check(Page page, String caseReference, LocalDate served) {
        // Until the regime rules are part of the build the calendar says so instead.
        assertThat(page.locator("main")).containsText("not available in this build");
    }
}
