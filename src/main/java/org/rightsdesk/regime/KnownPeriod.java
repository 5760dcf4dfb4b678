package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * The stretch of time this engine's rules and production calendar know, and what happens to a
 * date outside it. An answer is never given silently with the rules of another time:
 *
 * <ul>
 *   <li>An evaluation day before {@link #RULES_FROM} (1 January 2011) is refused: the rules in force then
 *       are not known. So is one after {@link #LAST_EVALUATION_DAY} (31 December of the year after the
 *       last year of the production calendar): neither the law nor the calendar is known that far ahead.
 *       Both are {@link FactsProblem}s naming {@code on}.</li>
 *   <li>An evaluation day after the sources' horizon is answered with the rules known then, and the
 *       answer says so in a headline, before anything else.</li>
 *   <li>A fact dated before 2011 in a history that is otherwise known (a stay in 2009, a permit issued in
 *       2008) is kept, and a headline says that items resting on it may be wrong.</li>
 *   <li>Working-day counts that reach a year outside the calendar are flagged by the rules themselves.</li>
 * </ul>
 *
 * <p>Cost: nothing beyond the validator's one pass over the dates.
 */
final class KnownPeriod {

    /** The first day whose rules the engine knows (the 2011 registration reform, R-020, is the oldest rule encoded). */
    static final LocalDate RULES_FROM = LocalDate.of(2011, 1, 1);
    /** The newest day the sources were read on: later changes of the law are not known. */
    static final LocalDate SOURCES_HORIZON = horizon();
    /** The last evaluation day accepted: the end of the year after the production calendar's last year. */
    static final LocalDate LAST_EVALUATION_DAY = LocalDate.of(RegimeData.CALENDAR.last().getYear() + 1, 12, 31);

    private KnownPeriod() {
    }

    /** Why {@code on} cannot be judged at all, or null when it can. */
    static FactsProblem.Issue refusal(LocalDate on) {
        if (on.isBefore(RULES_FROM)) {
            return new FactsProblem.Issue("on", "is before " + RULES_FROM + ": the rules in force before 2011 are not known to this "
                    + "engine, so that day cannot be judged", "rules-not-known");
        }
        if (on.isAfter(LAST_EVALUATION_DAY)) {
            return new FactsProblem.Issue("on", "is after " + LAST_EVALUATION_DAY + ": neither the rules nor the production "
                    + "calendar are known that far ahead", "too-far-ahead");
        }
        return null;
    }

    /**
     * The notes that must head an answer on {@code on} whose facts hold {@code oldFacts} facts dated before
     * {@link #RULES_FROM}, the earliest at {@code oldestPath} (counted by {@link FactsValidator} in its pass
     * over the dates); empty for most people.
     */
    static List<Note> headlines(int oldFacts, String oldestPath, LocalDate on) {
        Note before = oldFacts == 0 ? null : new Note("facts-before-known-rules",
                Text.of("regime.t.factsBeforeKnownRules", oldFacts, RULES_FROM, oldestPath), Confidence.UNCLEAR, List.of());
        Note beyond = !on.isAfter(SOURCES_HORIZON) ? null : new Note("beyond-sources-horizon",
                Text.of("regime.t.beyondHorizon", SOURCES_HORIZON), Confidence.UNCLEAR, List.of());
        if (before == null) { // most answers: no list is made
            return beyond == null ? List.of() : List.of(beyond);
        }
        return beyond == null ? List.of(before) : List.of(before, beyond);
    }

    private static LocalDate horizon() {
        List<Parameters.Value> values = RegimeData.PARAMETERS.history("sources.horizon");
        return values.get(values.size() - 1).asDate();
    }
}
