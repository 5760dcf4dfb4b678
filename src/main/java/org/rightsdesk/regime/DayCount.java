package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * Visa-free days used and left on the evaluation day, under the rule in force that day
 * (90 per calendar year from 2025, R-011; 90 within 180 before, R-010). Entry and exit days
 * both count. Days are never more than the days present.
 *
 * @param periodFrom first day of the counting period (1 January, or 179 days back)
 * @param periodTo   the evaluation day
 * @param used       days present in Russia within the period
 * @param limit      the limit in force
 * @param remaining  days left (never below zero)
 * @param text       the count in a sentence
 * @param citations  the rules behind it
 */
public record DayCount(LocalDate periodFrom, LocalDate periodTo, int used, int limit, int remaining, Text text,
                       List<Citation> citations) {
}
