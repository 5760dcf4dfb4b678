package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * One rule of the fact base as an answer cites it: its R-number, legal basis, the period it is
 * in force, the public pages it rests on and how sure they are. Citations are shared, immutable
 * entries of the rule catalogue ({@code rules.json}); citing one costs nothing.
 *
 * @param rule        the fact's number, e.g. {@code R-071}
 * @param title       short name of the rule, in Russian and English
 * @param summary     the rule in our own words, in Russian and English
 * @param basis       the law and article it comes from
 * @param inForceFrom first day it applies, or null if the sources give none
 * @param inForceTo   last day it applies, or null while still in force
 * @param sources     addresses of the public pages that support it
 * @param confidence  how sure the sources are (see {@link Confidence})
 * @param note        what is unclear or single-sourced about it, or null
 */
public record Citation(String rule, Text title, Text summary, String basis, LocalDate inForceFrom, LocalDate inForceTo,
                       List<String> sources, Confidence confidence, Text note) {

    public Citation {
        sources = List.copyOf(sources);
    }

    /** Whether the rule is in force on the given day. */
    public boolean inForceOn(LocalDate day) {
        return (inForceFrom == null || !day.isBefore(inForceFrom)) && (inForceTo == null || !day.isAfter(inForceTo));
    }
}
