package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * Something that must be done by a date, with everything a lawyer needs to rely on the date.
 * The Cases desk picks out, for example, the appeal deadline of a ruling by
 * {@code kind == EXPULSION_APPEAL} and {@code ref} (the ruling's own ref).
 *
 * @param kind       what it is about
 * @param ref        the ref of the input fact it concerns (stay, document, ruling, child), or null
 * @param party      who has to act
 * @param due        the deadline to rely on: the earliest reading. Null only for duties without a date
 * @param inPersonBy when {@code due} falls on a non-working day and offices are closed: the last working day
 *                   before it, to act in person; null otherwise
 * @param readings   every reading of an unclear rule with its date (one entry when the rule is clear)
 * @param status     open, done or missed on the evaluation day
 * @param doneOn     day it was done, if the facts say so (also for late fulfilment, which is MISSED)
 * @param text       what to do, in both languages
 * @param ifMissed   what missing it triggers
 * @param confidence how sure the sources are about the date (the weakest rule it rests on)
 * @param citations  the rules behind it
 */
public record Obligation(ObligationKind kind, String ref, Party party, LocalDate due, LocalDate inPersonBy,
                         List<Reading> readings, ObligationStatus status, LocalDate doneOn, Text text,
                         List<Consequence> ifMissed, Confidence confidence, List<Citation> citations) {
}
