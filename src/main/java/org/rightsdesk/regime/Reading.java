package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * One way of reading an unclear rule, and the date it gives. Where the sources disagree the
 * assessment shows every reading; {@code safe} marks the one it recommends (the earliest date
 * for something that must be done, the latest for something that becomes allowed).
 *
 * @param date      the date under this reading
 * @param text      what the reading assumes, in both languages
 * @param safe      whether this is the recommended (conservative) date
 * @param citations the rules behind it
 */
public record Reading(LocalDate date, Text text, boolean safe, List<Citation> citations) {
}
