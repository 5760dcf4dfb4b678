package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules say about one person on one day: the output of {@link RegimeEngine#assess}.
 * Every item cites its rules (R-numbers with basis, period, sources and confidence). Dates of
 * unclear rules come with all their readings, and the one to rely on is named.
 *
 * @param on              the evaluation day
 * @param status          lawful / unlawful / not in Russia ... on that day
 * @param visaFreeDays    visa-free days used and left, when a visa-free limit applies; null otherwise
 * @param timeline        the legal-stay timeline, oldest first, with the projection after {@code on}
 * @param obligations     what must be done, with due dates; open, done and missed ones, soonest first
 * @param missedDeadlines the missed obligations (a view of {@code obligations}), each with what it triggers
 * @param allowedFrom     dates from which something becomes allowed again (re-entry, school re-test)
 * @param restrictions    what the person may not do on that day
 * @param warnings        things to know: assumptions, unverified wording, calendar gaps, left-out facts
 * @param unknowns        missing facts that would change the answer
 * @param bills           draft laws that would change the answer: shown, never applied
 * @param headlines       notes that qualify the whole answer and go before everything else: the day is past the
 *                        horizon of the sources, or facts are dated before the rules known (see {@link KnownPeriod})
 */
public record Assessment(LocalDate on, StayStatus status, DayCount visaFreeDays, List<StayPeriod> timeline,
                         List<Obligation> obligations, List<Obligation> missedDeadlines, List<AllowedFrom> allowedFrom,
                         List<Restriction> restrictions, List<Note> warnings, List<Note> unknowns, List<Note> bills,
                         List<Note> headlines) {

    /** An assessment without headlines (the rules' own result, before {@link KnownPeriod} looks at it). */
    public Assessment(LocalDate on, StayStatus status, DayCount visaFreeDays, List<StayPeriod> timeline,
                      List<Obligation> obligations, List<Obligation> missedDeadlines, List<AllowedFrom> allowedFrom,
                      List<Restriction> restrictions, List<Note> warnings, List<Note> unknowns, List<Note> bills) {
        this(on, status, visaFreeDays, timeline, obligations, missedDeadlines, allowedFrom, restrictions, warnings, unknowns,
                bills, List.of());
    }

    /** The same assessment with these headlines. */
    Assessment withHeadlines(List<Note> notes) {
        return notes.isEmpty() ? this : new Assessment(on, status, visaFreeDays, timeline, obligations, missedDeadlines,
                allowedFrom, restrictions, warnings, unknowns, bills, List.copyOf(notes));
    }

    /** Every rule cited anywhere in the assessment, once each, ordered by R-number. */
    public List<Citation> citedRules() {
        java.util.TreeMap<String, Citation> rules = new java.util.TreeMap<>();
        java.util.function.Consumer<List<Citation>> add = list -> list.forEach(c -> rules.putIfAbsent(c.rule(), c));
        add.accept(status.citations());
        if (visaFreeDays != null) {
            add.accept(visaFreeDays.citations());
        }
        timeline.forEach(p -> add.accept(p.citations()));
        for (Obligation o : obligations) {
            add.accept(o.citations());
            o.readings().forEach(r -> add.accept(r.citations()));
            o.ifMissed().forEach(c -> add.accept(c.citations()));
        }
        for (AllowedFrom a : allowedFrom) {
            add.accept(a.citations());
            a.readings().forEach(r -> add.accept(r.citations()));
        }
        restrictions.forEach(r -> add.accept(r.citations()));
        warnings.forEach(n -> add.accept(n.citations()));
        unknowns.forEach(n -> add.accept(n.citations()));
        bills.forEach(n -> add.accept(n.citations()));
        headlines.forEach(n -> add.accept(n.citations()));
        return List.copyOf(rules.values());
    }

    /** The first obligation of a kind (and, if {@code ref} is not null, about that input fact). */
    public java.util.Optional<Obligation> obligation(ObligationKind kind, String ref) {
        return obligations.stream().filter(o -> o.kind() == kind && (ref == null || ref.equals(o.ref()))).findFirst();
    }
}
