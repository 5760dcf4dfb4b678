package org.rightsdesk.regime;

import java.util.List;

/**
 * A warning, an unknown (a missing fact that would change the answer) or a bill that is not law.
 *
 * @param code       stable short code, e.g. {@code calendar-unknown-year}, {@code missing-entry-date}
 * @param text       the note in both languages
 * @param confidence how sure the sources are ({@link Confidence#BILL} for bills)
 * @param citations  the rules it concerns
 */
public record Note(String code, Text text, Confidence confidence, List<Citation> citations) {
}
