package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * Something the person may not do on the evaluation day, why, and until when.
 *
 * @param kind       what is barred
 * @param status     in force, likely or pending
 * @param from       first day it applies, if known
 * @param until      last day it applies, if known (null: until the ground ends)
 * @param text       what is barred, in both languages
 * @param exceptions what stays allowed (e.g. paying taxes), in both languages
 * @param confidence how sure the sources are
 * @param citations  the rules behind it
 */
public record Restriction(RestrictionKind kind, RestrictionStatus status, LocalDate from, LocalDate until, Text text,
                          List<Text> exceptions, Confidence confidence, List<Citation> citations) {
}
