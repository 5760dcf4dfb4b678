package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * The person's status on the evaluation day.
 *
 * @param state       lawful, unlawful, not in Russia, Russian citizen or undetermined
 * @param basis       the ground of the stay on that day
 * @param since       first day of the current state (e.g. since when the stay is unlawful), if known
 * @param lawfulUntil for a lawful stay: the last lawful day if the person stays and nothing changes; null if
 *                    beyond what the facts let the engine see
 * @param text        the status in a sentence, in both languages
 * @param confidence  how sure the sources are
 * @param citations   the rules behind it
 */
public record StayStatus(StayState state, StayBasis basis, LocalDate since, LocalDate lawfulUntil, Text text,
                         Confidence confidence, List<Citation> citations) {
}
