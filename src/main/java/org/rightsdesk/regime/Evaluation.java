package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * One run of the rules for one person and one day. Holds the normalised facts, the shared
 * results of the stay calculation, and collects the assessment's items. Not thread-safe and
 * not reused: {@link RegimeEngine} makes a new one per call.
 */
final class Evaluation implements ProductionCalendar.Trace {

    static final RuleCatalogue RULES = RegimeData.RULES;
    static final Parameters PARAMS = RegimeData.PARAMETERS;
    static final ProductionCalendar CALENDAR = RegimeData.CALENDAR;
    static final LocalDate SOURCES_HORIZON = PARAMS.on("sources.horizon", LocalDate.of(2026, 1, 1)).asDate();

    final LocalDate on;
    final Facts facts;

    // Shared results of the stay calculation (StayRules), read by the other rules.
    boolean inRussia;
    Stay currentStay;
    LocalDate citizenFrom;
    /** First day of the unlawful stretch the person is in on {@code on}, or null. */
    LocalDate unlawfulSince;
    /** Registry grounds: the earliest day a ground arose while the person stays, or null. */
    LocalDate registryGround;
    Text registryGroundText;
    /** The paid life of each patent (shared by StayRules and PatentRules). */
    List<PatentChain> patents = List.of();

    StayStatus status;
    DayCount dayCount;
    final List<StayPeriod> timeline = new ArrayList<>();
    final List<Obligation> obligations = new ArrayList<>();
    final List<AllowedFrom> allowed = new ArrayList<>();
    final List<Restriction> restrictions = new ArrayList<>();
    final List<Note> warnings = new ArrayList<>();
    final List<Note> unknowns = new ArrayList<>();
    final List<Note> bills = new ArrayList<>();
    private final TreeSet<Integer> yearsOutsideCalendar = new TreeSet<>();

    Evaluation(PersonFacts raw, LocalDate on) {
        this.on = on;
        this.facts = new Facts(raw, on);
    }

    Assessment run() {
        StayRules.apply(this);
        ArrivalRules.apply(this);
        PatentRules.apply(this);
        RemovalRules.apply(this);
        RegistryRules.apply(this);
        MilitaryRules.apply(this);
        SchoolRules.apply(this);
        generalWarnings();
        obligations.sort(OBLIGATION_ORDER);
        allowed.sort(ALLOWED_ORDER);
        restrictions.sort(RESTRICTION_ORDER);
        List<Obligation> missed = new ArrayList<>();
        for (Obligation o : obligations) {
            if (o.status() == ObligationStatus.MISSED) {
                missed.add(o);
            }
        }
        return new Assessment(on, status, dayCount, List.copyOf(timeline), List.copyOf(obligations), List.copyOf(missed),
                List.copyOf(allowed), List.copyOf(restrictions), List.copyOf(warnings), List.copyOf(unknowns),
                List.copyOf(bills));
    }

    /**
     * Soonest first (duties without a date last), then by kind, then by ref (none first). Written out
     * rather than chained from key extractors: it runs a few dozen times per assessment.
     */
    static final Comparator<Obligation> OBLIGATION_ORDER = (a, b) -> {
        int c = a.due() == null ? (b.due() == null ? 0 : 1) : b.due() == null ? -1 : a.due().compareTo(b.due());
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        if (c == 0) {
            c = a.ref() == null ? (b.ref() == null ? 0 : -1) : b.ref() == null ? 1 : a.ref().compareTo(b.ref());
        }
        return c;
    };
    static final Comparator<AllowedFrom> ALLOWED_ORDER = Comparator.comparing(AllowedFrom::from).thenComparing(AllowedFrom::kind);
    static final Comparator<Restriction> RESTRICTION_ORDER = Comparator.comparing(Restriction::kind)
            .thenComparing(Restriction::status);

    private void generalWarnings() {
        if (facts.leftOut > 0) {
            warn("facts-after-evaluation-date", Text.of("regime.t.factsAfterOn", facts.leftOut, on), Confidence.CONFIRMED);
        }
        for (int year : yearsOutsideCalendar) {
            warn("calendar-unknown-year", Text.of("regime.t.calendarUnknownYear", String.valueOf(year)), Confidence.UNCLEAR,
                    "R-002", "R-003");
        }
    }

    // ---- helpers used by the rule classes -------------------------------------------------

    @Override
    public void outsideCalendar(LocalDate day) {
        yearsOutsideCalendar.add(day.getYear());
    }

    boolean isWorkingDay(LocalDate day) {
        return CALENDAR.isWorkingDay(day, this);
    }

    static List<Citation> cite(String rule) {
        return RULES.cite(rule);
    }

    static List<Citation> cite(String first, String second) {
        return RULES.cite(first, second);
    }

    static List<Citation> cite(String... rules) {
        return RULES.cite(rules);
    }

    // The one- and two-rule forms below do what the String... form does; they exist because most
    // items cite one or two rules, and a call with them builds no array of rule ids.

    void warn(String code, Text text, Confidence confidence, String rule) {
        warnings.add(new Note(code, text, confidence, cite(rule)));
    }

    void warn(String code, Text text, Confidence confidence, String first, String second) {
        warnings.add(new Note(code, text, confidence, cite(first, second)));
    }

    void warn(String code, Text text, Confidence confidence, String... rules) {
        warnings.add(new Note(code, text, confidence, cite(rules)));
    }

    void unknown(String code, Text text, String rule) {
        unknowns.add(new Note(code, text, Confidence.UNCLEAR, cite(rule)));
    }

    void unknown(String code, Text text, String first, String second) {
        unknowns.add(new Note(code, text, Confidence.UNCLEAR, cite(first, second)));
    }

    void unknown(String code, Text text, String... rules) {
        unknowns.add(new Note(code, text, Confidence.UNCLEAR, cite(rules)));
    }

    void bill(String rule) {
        for (Note n : bills) {
            if (n.citations().get(0).rule().equals(rule)) {
                return;
            }
        }
        Citation c = RULES.get(rule);
        bills.add(new Note("bill-" + rule, Text.of("regime.t.bill", c.title(), c.summary()), Confidence.BILL, List.of(c)));
    }

    static Consequence consequence(Text text, Confidence confidence, String rule) {
        return new Consequence(text, confidence, cite(rule));
    }

    static Consequence consequence(Text text, Confidence confidence, String first, String second) {
        return new Consequence(text, confidence, cite(first, second));
    }

    static Consequence consequence(Text text, Confidence confidence, String... rules) {
        return new Consequence(text, confidence, cite(rules));
    }

    /** Collects the readings of one obligation and turns them into an {@link Obligation}. */
    final class Due {
        private final ObligationKind kind;
        private final String ref;
        private Party party = Party.PERSON;
        /** The readings in the order given, none yet marked safe: {@link #add} marks the earliest. */
        private Reading[] readings = new Reading[3];
        private int count;
        private Text text;
        private LocalDate doneOn;
        private boolean doneWithoutDate;
        private boolean atAnOffice;
        /** What missing it brings, in the order given (an overstay brings up to six). */
        private Consequence[] ifMissed = new Consequence[6];
        private int missedCount;
        private Confidence confidence = Confidence.CONFIRMED;
        private List<Citation> citations = List.of();

        Due(ObligationKind kind, String ref) {
            this.kind = kind;
            this.ref = ref;
        }

        Due party(Party p) {
            party = p;
            return this;
        }

        /** Offices are involved: when the deadline falls on a non-working day, name the last working day. */
        Due atAnOffice() {
            atAnOffice = true;
            return this;
        }

        Due reading(LocalDate date, Text why, String rule) {
            return reading(date, why, cite(rule));
        }

        Due reading(LocalDate date, Text why, String first, String second) {
            return reading(date, why, cite(first, second));
        }

        Due reading(LocalDate date, Text why, String... rules) {
            return reading(date, why, cite(rules));
        }

        private Due reading(LocalDate date, Text why, List<Citation> citations) {
            if (count == readings.length) {
                readings = java.util.Arrays.copyOf(readings, count * 2);
            }
            readings[count++] = new Reading(date, why, false, citations);
            return this;
        }

        Due text(Text t) {
            text = t;
            return this;
        }

        Due done(LocalDate day) {
            doneOn = day;
            return this;
        }

        Due doneWithoutDate() {
            doneWithoutDate = true;
            return this;
        }

        Due ifMissed(Consequence c) {
            if (missedCount == ifMissed.length) {
                ifMissed = java.util.Arrays.copyOf(ifMissed, missedCount * 2);
            }
            ifMissed[missedCount++] = c;
            return this;
        }

        Due confidence(Confidence c) {
            confidence = confidence.weakest(c);
            return this;
        }

        Due cites(String rule) {
            citations = cite(rule);
            return this;
        }

        Due cites(String first, String second) {
            citations = cite(first, second);
            return this;
        }

        Due cites(String... rules) {
            citations = cite(rules);
            return this;
        }

        LocalDate earliest() {
            LocalDate min = null;
            for (int i = 0; i < count; i++) {
                if (min == null || readings[i].date().isBefore(min)) {
                    min = readings[i].date();
                }
            }
            return min;
        }

        Obligation add() {
            LocalDate due = earliest();
            boolean marked = false;
            boolean differ = false;
            for (int i = 0; i < count; i++) {
                Reading r = readings[i];
                boolean safe = !marked && r.date().equals(due);
                marked |= safe;
                differ |= !r.date().equals(due);
                if (safe) {
                    readings[i] = new Reading(r.date(), r.text(), true, r.citations());
                }
            }
            List<Reading> readingList = listOf(readings, count);
            if (differ) {
                confidence = confidence.weakest(Confidence.UNCLEAR);
            }
            ObligationStatus st;
            if (doneWithoutDate) {
                st = ObligationStatus.DONE;
            } else if (doneOn != null) {
                st = due == null || !doneOn.isAfter(due) ? ObligationStatus.DONE : ObligationStatus.MISSED;
            } else {
                st = due != null && on.isAfter(due) ? ObligationStatus.MISSED : ObligationStatus.OPEN;
            }
            LocalDate inPerson = null;
            if (atAnOffice && due != null && !isWorkingDay(due)) {
                inPerson = CALENDAR.lastWorkingDayOnOrBefore(due, Evaluation.this);
            }
            Obligation o = new Obligation(kind, ref, party, due, inPerson, readingList, st, doneOn, text,
                    listOf(ifMissed, missedCount), confidence, citations);
            obligations.add(o);
            return o;
        }

        /** The first {@code count} items as an unmodifiable list (what List.copyOf gives, without a list to copy). */
        private static <T> List<T> listOf(T[] items, int count) {
            return switch (count) {
                case 0 -> List.of();
                case 1 -> List.of(items[0]);
                case 2 -> List.of(items[0], items[1]);
                default -> List.of(java.util.Arrays.copyOf(items, count));
            };
        }
    }

    Due due(ObligationKind kind, String ref) {
        return new Due(kind, ref);
    }

    /** An "allowed from" date: the safe reading is the latest. */
    AllowedFrom allowedFrom(AllowedFromKind kind, String ref, Text text, Confidence confidence, List<Citation> citations,
                            List<LocalDate> dates, List<Text> why, List<List<Citation>> whyCites, int conditionalIndex) {
        LocalDate safe = null;
        for (int i = 0; i < dates.size(); i++) {
            if (i != conditionalIndex && (safe == null || dates.get(i).isAfter(safe))) {
                safe = dates.get(i);
            }
        }
        List<Reading> readings = new ArrayList<>(dates.size());
        boolean marked = false;
        boolean differ = false;
        for (int i = 0; i < dates.size(); i++) {
            boolean isSafe = !marked && i != conditionalIndex && dates.get(i).equals(safe);
            marked |= isSafe;
            differ |= i != conditionalIndex && !dates.get(i).equals(safe);
            readings.add(new Reading(dates.get(i), why.get(i), isSafe, whyCites.get(i)));
        }
        AllowedFrom a = new AllowedFrom(kind, ref, safe, List.copyOf(readings), text,
                differ ? confidence.weakest(Confidence.UNCLEAR) : confidence, citations);
        allowed.add(a);
        return a;
    }

    void restrict(RestrictionKind kind, RestrictionStatus st, LocalDate from, LocalDate until, Text text,
                  List<Text> exceptions, Confidence confidence, String... rules) {
        restrictions.add(new Restriction(kind, st, from, until, text, exceptions, confidence, cite(rules)));
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
