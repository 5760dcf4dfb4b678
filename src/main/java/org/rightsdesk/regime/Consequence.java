package org.rightsdesk.regime;

import java.util.List;

/**
 * What follows when a deadline is missed (e.g. "the patent ends", "listed in the register").
 *
 * @param text       the consequence in both languages
 * @param confidence how sure the sources are
 * @param citations  the rules it rests on
 */
public record Consequence(Text text, Confidence confidence, List<Citation> citations) {
}
