package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * A date from which something becomes allowed. When the sources leave the exact day unclear,
 * {@code from} is the latest reading (the safe one) and {@code readings} shows the others.
 *
 * @param kind       what becomes allowed
 * @param ref        the ref of the input fact it concerns, or null
 * @param from       first day it is allowed, on the safe reading
 * @param readings   every reading with its date
 * @param text       the sentence, in both languages
 * @param confidence how sure the sources are
 * @param citations  the rules behind it
 */
public record AllowedFrom(AllowedFromKind kind, String ref, LocalDate from, List<Reading> readings, Text text,
                          Confidence confidence, List<Citation> citations) {
}
