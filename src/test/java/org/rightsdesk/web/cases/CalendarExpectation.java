package org.rightsdesk.web.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.rightsdesk.regime.ExpulsionRuling;
import org.rightsdesk.regime.Obligation;
import org.rightsdesk.regime.ObligationKind;
import org.rightsdesk.regime.PersonFacts;
import org.rightsdesk.regime.RegimeEngine;
import org.rightsdesk.regime.RulingKind;

/**
 * What the calendar must show for a court expulsion ruling received on {@code served}: the appeal
 * deadline as the regime engine itself computes it for the same facts (never our own arithmetic).
 */
final class CalendarExpectation {

    private CalendarExpectation() {
    }

    static LocalDate appealDeadline(String citizenship, LocalDate born, LocalDate decided, LocalDate served) {
        PersonFacts facts = PersonFacts.builder().citizenship(citizenship).birthDate(born)
                .ruling(new ExpulsionRuling(RulingKind.COURT_EXPULSION, decided, served, false, false, null, "x"))
                .build();
        Obligation appeal = new RegimeEngine().assess(facts, LocalDate.now()).obligation(ObligationKind.EXPULSION_APPEAL, "x")
                .orElseThrow(() -> new AssertionError("the regime engine gives no appeal deadline for this ruling"));
        return appeal.due();
    }

    static void check(Page page, String caseReference, LocalDate due) {
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText("Appeal deadline (expulsion ruling)"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(caseReference);
        assertThat(row).containsText(due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }
}
