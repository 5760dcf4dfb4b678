package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The regime rules as code: facts about a person and a day in, an {@link Assessment} out.
 * Pure and deterministic: no clock (the day is an argument), no database, no shared mutable
 * state, so one instance may be used by any number of threads. The rules' data (catalogue,
 * time-versioned parameters, production calendar) is loaded once per JVM.
 *
 * <p>Cost: a few microseconds for a typical person with a year of history (see the JMH
 * benchmark {@code RegimeBenchmark}); texts are rendered only when read.
 */
public final class RegimeEngine {

    /**
     * Assesses the person on the day. Facts dated after {@code on} are left out (with a
     * warning), so the same facts can be judged "as of" any earlier day. The day is required and
     * must lie in the period the rules know ({@link #rulesKnownFrom()} to {@link #lastEvaluationDay()});
     * an answer past the sources' horizon, or resting on facts older than the known rules, carries
     * {@link Assessment#headlines()} saying so.
     *
     * @throws FactsProblem if the facts are invalid or contradict each other; it names every wrong field
     */
    public Assessment assess(PersonFacts facts, LocalDate on) {
        List<Note> headlines = FactsValidator.check(facts, on);
        return new Evaluation(facts, on).run().withHeadlines(headlines);
    }

    /** Checks the facts without assessing them. @throws FactsProblem naming every wrong field */
    public void validate(PersonFacts facts, LocalDate on) {
        FactsValidator.check(facts, on);
    }

    /** Every rule the engine knows, by R-number, with basis, period, sources and confidence. */
    public Collection<Citation> rules() {
        return RegimeData.RULES.all();
    }

    /** The rule with this R-number. @throws IllegalArgumentException if unknown */
    public Citation rule(String id) {
        try {
            return RegimeData.RULES.get(id);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("Unknown rule " + id);
        }
    }

    /** First day of the production calendar the engine knows (working-day counts beyond it are flagged). */
    public LocalDate calendarKnownFrom() {
        return RegimeData.CALENDAR.first();
    }

    /** Last day of the known production calendar. */
    public LocalDate calendarKnownUntil() {
        return RegimeData.CALENDAR.last();
    }

    /** The first evaluation day accepted: the rules before it are not known. */
    public LocalDate rulesKnownFrom() {
        return KnownPeriod.RULES_FROM;
    }

    /** The last evaluation day accepted: neither law nor calendar is known beyond it. */
    public LocalDate lastEvaluationDay() {
        return KnownPeriod.LAST_EVALUATION_DAY;
    }

    /** The newest day the sources were read on; later answers say so in a headline. */
    public LocalDate sourcesHorizon() {
        return KnownPeriod.SOURCES_HORIZON;
    }
}
