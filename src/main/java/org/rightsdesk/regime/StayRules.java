package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal-stay calculation: for every day from the first entry to the evaluation day (and,
 * for a person still in Russia, a projection forward) whether the person is present and on
 * what ground, judged by the rule in force on that day: 90 days in any 180 before 2025
 * 90 per calendar year and 90 in a row from 2025, visas, patents
 * permits and other grounds. Entry and exit days both count.
 *
 * <p>Works on arrays indexed by day (no date objects per day) so that a year of history costs
 * a few microseconds.
 */
final class StayRules {

    // Day states.
    static final byte ABSENT = 0, LAWFUL_GROUND = 1, LAWFUL_VISA_FREE = 2, UNLAWFUL = 3, UNDETERMINED = 4, CITIZEN = 5;
    // Why a day is unlawful.
    static final byte BY_YEAR = 1, BY_RUN = 2, BY_WINDOW = 3, BY_ENTRY_RULE = 4, GROUND_ENDED = 5;

    private static final Parameters.Value YEAR_RULE = firstValue("stay.visaFree.rule", "CALENDAR_YEAR");
    static final long CALENDAR_YEAR_FROM = YEAR_RULE.from().toEpochDay();
    static final LocalDate YEAR_RULE_START = YEAR_RULE.from();
    private static final int MAX_DAYS_YEAR = Evaluation.PARAMS.intOn("stay.visaFree.maxDays", YEAR_RULE.from());
    private static final int MAX_RUN = Evaluation.PARAMS.intOn("stay.visaFree.maxContinuousDays", YEAR_RULE.from());
    private static final LocalDate LAST_WINDOW_DAY = YEAR_RULE.from().minusDays(1);
    private static final int MAX_DAYS_WINDOW = Evaluation.PARAMS.intOn("stay.visaFree.maxDays", LAST_WINDOW_DAY);
    private static final int WINDOW = Evaluation.PARAMS.intOn("stay.visaFree.windowDays", LAST_WINDOW_DAY);
    private static final long EAEU_LIMIT_UNKNOWN_FROM = YEAR_RULE.from().toEpochDay();
    private static final int PROJECTION_DAYS = 92;
    private static final int MAX_PROJECTION = 1100;

    /** A lawful ground for being in Russia over a period (to == null: open-ended). */
    record Ground(LocalDate from, LocalDate to, StayBasis basis, int priority) {
    }

    private StayRules() {
    }

    private static Parameters.Value firstValue(String name, String value) {
        for (Parameters.Value v : Evaluation.PARAMS.history(name)) {
            if (value.equals(v.value())) {
                return v;
            }
        }
        throw new IllegalStateException(name + " has no " + value);
    }

    static void apply(Evaluation ev) {
        Facts f = ev.facts;
        LocalDate on = ev.on;
        ev.citizenFrom = f.naturalisation == null ? null : f.naturalisation.acquired();
        boolean citizenNow = ev.citizenFrom != null && !ev.citizenFrom.isAfter(on);
        if (f.stays.isEmpty()) {
            noStays(ev, citizenNow);
            return;
        }
        Stay last = f.stays.get(f.stays.size() - 1);
        ev.inRussia = last.left() == null || last.left().equals(on);
        ev.currentStay = ev.inRussia ? last : null;
        boolean staysOn = ev.inRussia && last.left() == null;

        List<Ground> grounds = grounds(ev);
        LocalDate start = f.stays.get(0).entered();
        LocalDate end = on;
        if (staysOn) {
            end = on.plusDays(PROJECTION_DAYS);
            for (Ground g : grounds) {
                if (g.to() != null && !g.to().isBefore(on)) {
                    end = Evaluation.max(end, Evaluation.min(g.to(), on.plusDays(MAX_PROJECTION)).plusDays(PROJECTION_DAYS));
                }
            }
        }
        Days days = new Days(ev, start, end, grounds);
        int today = days.index(on);

        timeline(ev, days, today, staysOn);
        statusOn(ev, days, today, staysOn, citizenNow);
        overstays(ev, days, today);
        dayCount(ev, days, today);
    }

    private static void noStays(Evaluation ev, boolean citizenNow) {
        if (citizenNow) {
            ev.status = new StayStatus(StayState.RUSSIAN_CITIZEN, StayBasis.RUSSIAN_CITIZEN, ev.citizenFrom, null,
                    Text.of("regime.t.status.citizen", ev.citizenFrom), Confidence.CONFIRMED, List.of());
            return;
        }
        ev.status = new StayStatus(StayState.UNDETERMINED, null, null, null, Text.of("regime.t.status.noStays"),
                Confidence.UNCLEAR, Evaluation.cite("R-011"));
        ev.unknown("missing-entry-date", Text.of("regime.t.unknown.noStays"), "R-010", "R-011", "R-017");
        ev.inRussia = false;
    }

    // ---- grounds -------------------------------------------------------------------------

    static List<Ground> grounds(Evaluation ev) {
        Facts f = ev.facts;
        List<Ground> out = new ArrayList<>(4);
        ev.patents = PatentChain.of(f);
        for (PatentChain p : ev.patents) {
            if (p.paidThrough != null) {
                out.add(new Ground(p.patent.issued(), p.paidThrough, StayBasis.PATENT, 3));
            }
        }
        for (Document d : f.documents) {
            switch (d.kind()) {
                case VISA -> {
                    if (d.validUntil() == null) {
                        ev.unknown("visa-end-missing", Text.of("regime.t.unknown.visaEnd", d.issued()), "R-012");
                    } else {
                        out.add(new Ground(d.issued(), d.validUntil(), StayBasis.VISA, 4));
                    }
                }
                case RESIDENCE_PERMIT -> out.add(open(ev, d, StayBasis.RESIDENCE_PERMIT, 6));
                case TEMPORARY_RESIDENCE_PERMIT -> out.add(open(ev, d, StayBasis.TEMPORARY_RESIDENCE_PERMIT, 5));
                case EAEU_WORK_CONTRACT -> {
                    if (f.isEaeu()) {
                        out.add(open(ev, d, StayBasis.EAEU_CONTRACT, 2));
                    } else {
                        ev.warn("eaeu-contract-not-eaeu", Text.of("regime.t.eaeuContractNotEaeu"), Confidence.CONFIRMED, "R-015");
                    }
                }
                case RESIDENCE_APPLICATION, STUDY, FAMILY_OF_RUSSIAN_RESIDENT, COMPATRIOT_PROGRAMME -> {
                    out.add(open(ev, d, StayBasis.OTHER_EXTENSION, 1));
                    if (d.kind() == DocumentKind.FAMILY_OF_RUSSIAN_RESIDENT || d.kind() == DocumentKind.COMPATRIOT_PROGRAMME) {
                        ev.warn("extension-single-source", Text.of("regime.t.extensionSingleSource", d.kind()),
                                Confidence.SINGLE_SOURCE, "R-013");
                    }
                    if (d.kind() == DocumentKind.RESIDENCE_APPLICATION && !ev.on.isBefore(LocalDate.of(2025, 11, 1))) {
                        ev.warn("extension-application-fee", Text.of("regime.t.extensionFee"), Confidence.SINGLE_SOURCE, "R-014");
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static Ground open(Evaluation ev, Document d, StayBasis basis, int priority) {
        if (d.validUntil() == null && !d.issued().isAfter(ev.on)) {
            ev.unknown("ground-end-missing", Text.of("regime.t.unknown.groundEnd", d.kind(), d.issued()), "R-013");
        }
        return new Ground(d.issued(), d.validUntil(), basis, priority);
    }

    // ---- the day arrays ------------------------------------------------------------------

    /** Per-day presence, ground and state from {@code start} to {@code end}. */
    static final class Days {
        final LocalDate start;
        final long startEpoch;
        final int n;
        final boolean[] present;
        final boolean[] visaFree; // present during a stay entered without a visa
        final byte[] ground; // index into BASES, 0 = none
        final byte[] state;
        final byte[] why;
        boolean straddleReadingDiffers;

        static final StayBasis[] BASES = {null, StayBasis.OTHER_EXTENSION, StayBasis.EAEU_CONTRACT, StayBasis.PATENT,
                StayBasis.VISA, StayBasis.TEMPORARY_RESIDENCE_PERMIT, StayBasis.RESIDENCE_PERMIT, StayBasis.RUSSIAN_CITIZEN};

        /** Index of the evaluation day: beyond it, judging stops at the first day that is not lawful. */
        final int today;

        Days(Evaluation ev, LocalDate start, LocalDate end, List<Ground> grounds) {
            this.start = start;
            this.startEpoch = start.toEpochDay();
            this.n = (int) (end.toEpochDay() - startEpoch + 1);
            this.today = (int) (ev.on.toEpochDay() - startEpoch);
            present = new boolean[n];
            visaFree = new boolean[n];
            ground = new byte[n];
            state = new byte[n];
            why = new byte[n];
            Facts f = ev.facts;
            List<Document> visas = f.documents(DocumentKind.VISA);
            for (Stay s : f.stays) {
                int from = index(s.entered());
                int to = s.left() == null ? n - 1 : Math.min(n - 1, index(s.left()));
                boolean onVisa = false;
                for (Document v : visas) {
                    onVisa |= !s.entered().isBefore(v.issued()) && v.validUntil() != null && !s.entered().isAfter(v.validUntil());
                }
                if (from <= to) {
                    java.util.Arrays.fill(present, from, to + 1, true);
                    java.util.Arrays.fill(visaFree, from, to + 1, !onVisa);
                }
            }
            for (Ground g : grounds) {
                mark(g.from(), g.to(), (byte) g.priority());
            }
            if (ev.citizenFrom != null) {
                mark(ev.citizenFrom, null, (byte) 7);
            }
            judge(f);
        }

        private void mark(LocalDate from, LocalDate to, byte priority) {
            int a = Math.max(0, index(from));
            int b = to == null ? n - 1 : Math.min(n - 1, index(to));
            for (int i = a; i <= b; i++) {
                if (priority > ground[i]) {
                    ground[i] = priority;
                }
            }
        }

        /**
         * Judges the days stretch by stretch. Within a stretch presence, visa-free entry, ground and
         * year do not change (see {@link #stretchEnd}), so a day that no visa-free limit can touch
         * (absent, on a ground, unlawful because a ground ended, undetermined) is judged the same
         * on every day of the stretch: it is filled at once and only the counters move. Days on
         * which the visa-free limits apply are judged one by one, as the limits can be crossed
         * on any of them.
         */
        private void judge(Facts f) {
            boolean by = "BY".equals(f.citizenship);
            boolean eaeu = f.isEaeu();
            // Epoch day of 1 January of the next year, advanced as the loop crosses years.
            int year = start.getYear();
            long nextJan1 = LocalDate.of(year + 1, 1, 1).toEpochDay();
            int runStart = -1;
            int run = 0; // consecutive visa-free days present, ending today
            int inYear = 0; // visa-free days present since 1 January
            int inWindow = 0; // visa-free days present in the last WINDOW days
            int i = 0;
            while (i < n) {
                long first = startEpoch + i;
                if (first >= nextJan1) {
                    year++;
                    inYear = 0;
                    nextJan1 = LocalDate.of(year + 1, 1, 1).toEpochDay();
                }
                int last = stretchEnd(i, nextJan1);
                int length = last - i + 1;
                boolean limitsApply = present[i] && ground[i] == 0 && visaFree[i]
                        && !(by || (eaeu && first >= EAEU_LIMIT_UNKNOWN_FROM));
                if (!limitsApply) {
                    int dropped = visaFreeDays(i - WINDOW, last - WINDOW); // days leaving the window
                    if (visaFree[i]) {
                        if (run == 0) {
                            runStart = i;
                        }
                        run += length;
                        inYear += length;
                        inWindow += length - dropped;
                    } else {
                        run = 0;
                        inWindow -= dropped;
                    }
                    byte same = sameEveryDay(i);
                    boolean lawful = same == LAWFUL_GROUND || same == CITIZEN;
                    if (!lawful && last > today) {
                        // The projection only needs to reach the first day that is not lawful; the days
                        // after it stay unjudged (ABSENT), which every reader treats as "not lawful".
                        fill(i, Math.max(i, today + 1), same);
                        return;
                    }
                    fill(i, last, same);
                } else {
                    for (int k = i; k <= last; k++) {
                        inYear++;
                        inWindow++;
                        if (k >= WINDOW && visaFree[k - WINDOW]) {
                            inWindow--;
                        }
                        run++;
                        if (run == 1) {
                            runStart = k;
                        }
                        long day = startEpoch + k;
                        if (day < CALENDAR_YEAR_FROM) {
                            lawfulIf(k, inWindow <= MAX_DAYS_WINDOW, BY_WINDOW);
                        } else if (inYear > MAX_DAYS_YEAR) {
                            lawfulIf(k, false, BY_YEAR);
                        } else if (run > MAX_RUN) {
                            lawfulIf(k, false, BY_RUN);
                        } else if (runStart >= 0 && startEpoch + runStart < CALENDAR_YEAR_FROM) {
                            // R-018 reading (b): a stay begun in 2024 judged by the rule in force at entry.
                            straddleReadingDiffers |= inWindow > MAX_DAYS_WINDOW;
                            lawfulIf(k, inWindow <= MAX_DAYS_WINDOW, BY_ENTRY_RULE);
                        } else {
                            state[k] = LAWFUL_VISA_FREE;
                        }
                        if (k > today && state[k] != LAWFUL_VISA_FREE) {
                            return; // as above: the projection stops at the first day that is not lawful
                        }
                    }
                }
                i = last + 1;
            }
        }

        /**
         * The last index of the stretch that starts at {@code i}: the following days have the same
         * presence, visa-free entry and ground, and lie before {@code nextJan1} and before any change
         * of the visa-free rule (2025), so that the rule in force and the year are the same too.
         */
        private int stretchEnd(int i, long nextJan1) {
            long limit = nextJan1;
            long day = startEpoch + i;
            if (day < CALENDAR_YEAR_FROM) {
                limit = Math.min(limit, CALENDAR_YEAR_FROM);
            }
            if (day < EAEU_LIMIT_UNKNOWN_FROM) {
                limit = Math.min(limit, EAEU_LIMIT_UNKNOWN_FROM);
            }
            int end = (int) Math.min(n - 1, limit - 1 - startEpoch);
            int j = i;
            while (j < end && present[j + 1] == present[i] && visaFree[j + 1] == visaFree[i] && ground[j + 1] == ground[i]) {
                j++;
            }
            return j;
        }

        /** The state of day {@code i} when no visa-free limit applies to it: the same on every day of its stretch. */
        private byte sameEveryDay(int i) {
            if (!present[i]) {
                return ABSENT;
            } else if (ground[i] == 7) {
                return CITIZEN;
            } else if (ground[i] != 0) {
                return LAWFUL_GROUND;
            } else if (!visaFree[i]) {
                return UNLAWFUL; // on a visa or a ground that has ended: nothing left to stay on
            } else {
                return UNDETERMINED; // Belarus, or EAEU from 2025: the sources give no limit
            }
        }

        private void fill(int from, int to, byte same) {
            java.util.Arrays.fill(state, from, to + 1, same);
            if (same == UNLAWFUL) {
                java.util.Arrays.fill(why, from, to + 1, GROUND_ENDED);
            }
        }

        private void lawfulIf(int i, boolean lawful, byte reason) {
            state[i] = lawful ? LAWFUL_VISA_FREE : UNLAWFUL;
            why[i] = lawful ? 0 : reason;
        }

        /** Consecutive visa-free days present ending at {@code i}. */
        int runEndingAt(int i) {
            int r = 0;
            while (i - r >= 0 && visaFree[i - r]) {
                r++;
            }
            return r;
        }

        int index(LocalDate day) {
            return (int) (day.toEpochDay() - startEpoch);
        }

        LocalDate day(int i) {
            return LocalDate.ofEpochDay(startEpoch + i);
        }

        boolean lawful(int i) {
            return state[i] == LAWFUL_GROUND || state[i] == LAWFUL_VISA_FREE || state[i] == CITIZEN;
        }

        StayBasis basis(int i) {
            return switch (state[i]) {
                case LAWFUL_GROUND, CITIZEN -> BASES[ground[i]];
                case LAWFUL_VISA_FREE -> StayBasis.VISA_FREE;
                case UNDETERMINED -> StayBasis.UNDETERMINED;
                default -> StayBasis.NONE;
            };
        }

        /** Visa-free days present in [from, to] (indexes, clipped). */
        int visaFreeDays(int from, int to) {
            int a = Math.max(0, from);
            int b = Math.min(n - 1, to);
            int count = 0;
            for (int i = a; i <= b; i++) {
                if (visaFree[i]) {
                    count++;
                }
            }
            return count;
        }
    }

    // ---- timeline and status -------------------------------------------------------------

    private static void timeline(Evaluation ev, Days d, int today, boolean staysOn) {
        int lastShown = today;
        if (staysOn && d.lawful(today)) {
            lastShown = today;
            while (lastShown + 1 < d.n && d.lawful(lastShown + 1)) {
                lastShown++;
            }
        }
        int i = 0;
        while (i <= lastShown) {
            if (!d.present[i]) {
                i++;
                continue;
            }
            StayBasis basis = d.basis(i);
            boolean lawful = d.lawful(i);
            boolean projected = i > today;
            boolean yearRule = d.startEpoch + i >= CALENDAR_YEAR_FROM;
            // A period ends where presence, state or ground changes (for a day present and judged, state and
            // ground together decide basis and lawfulness), at today, or at the change of rule on 1 January 2025.
            int end = lastShown;
            if (!projected && today < end) {
                end = today;
            }
            int yearRuleFrom = (int) (CALENDAR_YEAR_FROM - d.startEpoch);
            if (!yearRule && yearRuleFrom - 1 < end) {
                end = yearRuleFrom - 1;
            }
            byte state = d.state[i];
            byte ground = d.ground[i];
            int j = i;
            while (j < end && d.present[j + 1] && d.state[j + 1] == state && d.ground[j + 1] == ground) {
                j++;
            }
            ev.timeline.add(new StayPeriod(d.day(i), d.day(j), basis, lawful, projected, basisRules(basis, yearRule)));
            i = j + 1;
        }
    }

    static List<Citation> basisRules(StayBasis basis, boolean yearRule) {
        return switch (basis) {
            case VISA_FREE -> yearRule ? Evaluation.cite("R-011", "R-017") : Evaluation.cite("R-010", "R-017");
            case VISA -> Evaluation.cite("R-012");
            case PATENT -> Evaluation.cite("R-041", "R-035");
            case EAEU_CONTRACT -> Evaluation.cite("R-015");
            case TEMPORARY_RESIDENCE_PERMIT, RESIDENCE_PERMIT, OTHER_EXTENSION -> Evaluation.cite("R-013");
            case UNDETERMINED -> Evaluation.cite("R-016");
            case NONE -> yearRule ? Evaluation.cite("R-011", "R-051") : Evaluation.cite("R-010");
            case RUSSIAN_CITIZEN -> List.of();
        };
    }

    private static void statusOn(Evaluation ev, Days d, int today, boolean staysOn, boolean citizenNow) {
        LocalDate on = ev.on;
        boolean yearRule = on.toEpochDay() >= CALENDAR_YEAR_FROM;
        if (citizenNow) {
            ev.status = new StayStatus(StayState.RUSSIAN_CITIZEN, StayBasis.RUSSIAN_CITIZEN, ev.citizenFrom, null,
                    Text.of("regime.t.status.citizen", ev.citizenFrom), Confidence.CONFIRMED, List.of());
            return;
        }
        if (!ev.inRussia) {
            Stay last = ev.facts.stays.get(ev.facts.stays.size() - 1);
            ev.status = new StayStatus(StayState.NOT_IN_RUSSIA, null, last.left().plusDays(1), null,
                    Text.of("regime.t.status.away", last.left()), Confidence.CONFIRMED, List.of());
            return;
        }
        byte state = d.state[today];
        StayBasis basis = d.basis(today);
        if (state == UNDETERMINED) {
            ev.status = new StayStatus(StayState.UNDETERMINED, basis, null, null, Text.of("regime.t.status.undetermined"),
                    Confidence.UNCLEAR, Evaluation.cite("R-016"));
            ev.unknown("eaeu-stay-limit", Text.of("regime.t.unknown.eaeuLimit"), "R-016", "R-015");
            return;
        }
        if (state == UNLAWFUL) {
            int s = today;
            while (s > 0 && d.present[s - 1] && d.state[s - 1] == UNLAWFUL) {
                s--;
            }
            ev.unlawfulSince = d.day(s);
            ev.status = new StayStatus(StayState.UNLAWFUL, StayBasis.NONE, ev.unlawfulSince, null,
                    Text.of("regime.t.status.unlawful", ev.unlawfulSince), Confidence.CONFIRMED,
                    basisRules(StayBasis.NONE, yearRule));
            markRegistryGround(ev, ev.unlawfulSince, Text.of("regime.t.ground.stayEnded", ev.unlawfulSince));
            // The missed "leave" deadlines of this stay are reported by overstays().
            
            return;
        }
        // Lawful today: how long, if the person stays and nothing changes?
        int j = today;
        while (j + 1 < d.n && d.lawful(j + 1) && d.present[j + 1]) {
            j++;
        }
        boolean beyondView = j == d.n - 1;
        if (!beyondView && d.state[j + 1] == UNDETERMINED) {
            // From that day the sources give no limit: no date to leave by can be named.
            beyondView = true;
            ev.unknown("eaeu-stay-limit", Text.of("regime.t.unknown.eaeuLimit"), "R-016", "R-015");
        }
        LocalDate lawfulUntil = staysOn && !beyondView ? d.day(j) : null;
        ev.status = new StayStatus(StayState.LAWFUL, basis, null, lawfulUntil,
                lawfulUntil == null ? Text.of("regime.t.status.lawful", basis) : Text.of("regime.t.status.lawfulUntil", basis, lawfulUntil),
                Confidence.CONFIRMED, basisRules(basis, yearRule));
        if (lawfulUntil != null) {
            leaveBy(ev, d, j);
        }
    }

    /** The person is lawfully in Russia and would stop being so after index {@code last}. */
    private static void leaveBy(Evaluation ev, Days d, int last) {
        LocalDate until = d.day(last);
        // A ground (patent, visa...) that ends with no visa-free days left: the ground is the reason.
        byte why = d.state[last] == LAWFUL_GROUND ? GROUND_ENDED : d.why[last + 1];
        boolean visaFreeLimit = why == BY_YEAR || why == BY_RUN || why == BY_WINDOW || why == BY_ENTRY_RULE;
        StayBasis endingBasis = d.basis(last);
        Evaluation.Due due = ev.due(ObligationKind.LEAVE_RUSSIA, ev.currentStay.ref());
        due.reading(until, Text.of("regime.t.reading.bothDaysCount"), "R-017");
        if (visaFreeLimit) {
            due.reading(until.plusDays(1), Text.of("regime.t.reading.exitDayNotCounted"), "R-017");
            due.confidence(Confidence.UNCLEAR);
        }
        Text reason = switch (why) {
            case BY_YEAR -> Text.of("regime.t.leave.year", until.getYear());
            case BY_RUN -> Text.of("regime.t.leave.run");
            case BY_WINDOW -> Text.of("regime.t.leave.window");
            case BY_ENTRY_RULE -> Text.of("regime.t.leave.entryRule");
            default -> Text.of("regime.t.leave.groundEnds", endingBasis);
        };
        due.text(Text.of("regime.t.leave", until, reason));
        String[] rules = visaFreeLimit ? new String[] {until.toEpochDay() >= CALENDAR_YEAR_FROM ? "R-011" : "R-010", "R-017"}
                : ruleIds(endingBasis);
        due.cites(rules);
        overstayConsequences(ev, due, until.plusDays(1), d.visaFree[last]);
        due.add();
        if (why == BY_ENTRY_RULE || (d.straddleReadingDiffers && visaFreeLimit)) {
            ev.warn("stay-straddles-2025", Text.of("regime.t.straddleReadings"), Confidence.UNCLEAR, "R-018");
        }
        if (visaFreeLimit && until.toEpochDay() >= CALENDAR_YEAR_FROM) {
            int jan1 = d.index(LocalDate.of(until.getYear(), 1, 1));
            int used = d.visaFreeDays(jan1, last);
            ev.warn("days-after-leaving", Text.of("regime.t.daysAfterLeaving", until, used, until.getYear(),
                    Math.max(0, MAX_DAYS_YEAR - used)), Confidence.UNCLEAR, "R-011", "R-017");
            int runStart = last - d.runEndingAt(last) + 1;
            if (d.startEpoch + runStart < CALENDAR_YEAR_FROM) {
                ev.warn("days-of-2025-straddling-stay", Text.of("regime.t.straddleDays", used,
                        Math.max(0, MAX_DAYS_YEAR - used)), Confidence.UNCLEAR, "R-018");
            }
            if (why == BY_YEAR) {
                LocalDate nextYear = LocalDate.of(until.getYear() + 1, 1, 1);
                ev.allowedFrom(AllowedFromKind.VISA_FREE_ENTRY, ev.currentStay.ref(),
                        Text.of("regime.t.allowed.visaFreeNextYear", until, until.getYear(), nextYear),
                        Confidence.CONFIRMED, Evaluation.cite("R-011"), List.of(nextYear),
                        List.of(Text.of("regime.t.reading.calendarYear")), List.of(Evaluation.cite("R-011")), -1);
            }
        }
    }

    private static String[] ruleIds(StayBasis basis) {
        List<Citation> c = basisRules(basis, true);
        String[] ids = new String[c.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = c.get(i).rule();
        }
        return ids;
    }

    /** What overstaying from {@code firstUnlawful} brings. */
    static void overstayConsequences(Evaluation ev, Evaluation.Due due, LocalDate firstUnlawful, boolean visaFree) {
        if (!RegistryRules.registryExists(firstUnlawful) && !RegistryRules.registryExists(ev.on)) {
            due.ifMissed(Evaluation.consequence(Text.of("regime.t.csq.unlawful"), Confidence.CONFIRMED, "R-051"));
        } else {
            due.ifMissed(Evaluation.consequence(Text.of("regime.t.csq.registry",
                    Evaluation.max(firstUnlawful, RegistryRules.REGISTRY_FROM)), Confidence.CONFIRMED, "R-019", "R-051", "R-050"));
        }
        due.ifMissed(Evaluation.consequence(Text.of("regime.t.csq.expulsion"), Confidence.CONFIRMED, "R-067"));
        if (visaFree) {
            boolean after2025 = firstUnlawful.toEpochDay() >= CALENDAR_YEAR_FROM;
            due.ifMissed(Evaluation.consequence(Text.of(after2025 ? "regime.t.csq.ban3Unverified" : "regime.t.csq.ban3"),
                    after2025 ? Confidence.UNCLEAR : Confidence.CONFIRMED, "R-078"));
        }
        due.ifMissed(Evaluation.consequence(Text.of("regime.t.csq.ban30"), Confidence.CONFIRMED, "R-080"));
        due.ifMissed(Evaluation.consequence(Text.of("regime.t.csq.banLong"), Confidence.UNCLEAR, "R-081"));
    }

    /** Missed "leave" deadline for an unlawful stretch from index {@code s}; left on {@code departure} or still here. */
    private static void leaveAfterOverstay(Evaluation ev, Days d, int s, LocalDate departure, boolean visaFree,
                                           boolean showPendingBan) {
        LocalDate first = d.day(s);
        LocalDate lastLawful = first.minusDays(1);
        Stay stay = stayAt(ev, first);
        String ref = stay == null ? null : stay.ref();
        Evaluation.Due leave = ev.due(ObligationKind.LEAVE_RUSSIA, ref)
                .reading(lastLawful, Text.of("regime.t.reading.bothDaysCount"), "R-017")
                .text(Text.of("regime.t.leaveMissed", lastLawful))
                .cites(first.toEpochDay() >= CALENDAR_YEAR_FROM ? "R-011" : "R-010", "R-017");
        if (departure != null) {
            leave.done(departure);
        }
        overstayConsequences(ev, leave, first, visaFree);
        leave.add();

        int days = Evaluation.PARAMS.intOn("entryBan.notLeavingDays", first);
        Evaluation.Due within = ev.due(ObligationKind.LEAVE_WITHIN_30_DAYS_OF_OVERSTAY, ref)
                .reading(lastLawful.plusDays(days - 1), Text.of("regime.t.reading.endDayIsDay1"), "R-080")
                .reading(lastLawful.plusDays(days), Text.of("regime.t.reading.fromNextDay"), "R-080")
                .text(Text.of("regime.t.leave30", lastLawful, days))
                .cites("R-080")
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.ban30"), Confidence.CONFIRMED, "R-080"));
        if (departure != null) {
            within.done(departure);
        }
        within.add();
        if (departure == null && showPendingBan) {
            ev.restrict(RestrictionKind.ENTRY_BAN, RestrictionStatus.PENDING, null, null,
                    Text.of(visaFree ? "regime.t.banPendingVisaFree" : "regime.t.banPending"), List.of(),
                    visaFree ? Confidence.UNCLEAR : Confidence.CONFIRMED, visaFree ? new String[] {"R-078", "R-080", "R-081"}
                            : new String[] {"R-080", "R-081"});
        }
    }

    private static Stay stayAt(Evaluation ev, LocalDate day) {
        return ev.facts.stayOn(day);
    }

    // ---- past overstays and the entry bans they bring ------------------------------------

    /**
     * Every unlawful stretch of every stay up to today is a missed "leave" deadline (the day
     * before the stretch). A stretch that ran until the exit was ended by leaving; one that a new
     * ground (e.g. a patent) ended, or that still runs, was not.
     */
    private static void overstays(Evaluation ev, Days d, int today) {
        for (Stay s : ev.facts.stays) {
            int from = Math.max(0, d.index(s.entered()));
            int to = s.left() == null ? today : Math.min(today, d.index(s.left()));
            int first = -1;
            int count = 0;
            boolean pendingBanShown = false;
            int i = from;
            while (i <= to) {
                if (d.state[i] != UNLAWFUL) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 <= to && d.state[j + 1] == UNLAWFUL) {
                    j++;
                }
                boolean endedByExit = s.left() != null && j == d.index(s.left());
                boolean stillRunning = s.left() == null && j == today;
                leaveAfterOverstay(ev, d, i, endedByExit ? s.left() : null, d.visaFree[i], stillRunning || (s.left() == null && !pendingBanShown));
                pendingBanShown |= s.left() == null;
                if (first < 0) {
                    first = i;
                }
                count += j - i + 1;
                i = j + 1;
            }
            if (count > 0 && s.left() != null) {
                entryBans(ev, s, d.day(first), count, d.visaFree[first]);
            }
        }
    }

    private static void entryBans(Evaluation ev, Stay stay, LocalDate firstUnlawful, int overstayDays, boolean visaFree) {
        LocalDate departure = stay.left();
        int years = 0;
        boolean mandatory = false;
        List<String> rules = new ArrayList<>(4);
        if (visaFree) {
            years = Evaluation.PARAMS.intOn("entryBan.overstayYears", departure);
            mandatory = true;
            rules.add("R-078");
        }
        if (overstayDays > Evaluation.PARAMS.intOn("entryBan.notLeavingDays", departure)) {
            years = Math.max(years, Evaluation.PARAMS.intOn("entryBan.notLeavingYears", departure));
            rules.add("R-080");
        }
        Parameters.Value longDays = Evaluation.PARAMS.on("entryBan.longOverstayDays", departure);
        int altYears = -1;
        if (longDays != null && overstayDays > longDays.asInt()) {
            years = Math.max(years, Evaluation.PARAMS.intOn("entryBan.longOverstayYears", departure));
            mandatory = true;
            rules.add("R-081");
            int veryLong = Evaluation.PARAMS.intOn("entryBan.veryLongOverstayDays", departure);
            int veryLongAlt = Evaluation.PARAMS.intOn("entryBan.veryLongOverstayDays.alternative", departure);
            if (overstayDays > veryLong) {
                int ten = Evaluation.PARAMS.intOn("entryBan.veryLongOverstayYears", departure);
                if (overstayDays <= veryLongAlt) {
                    altYears = years; // on the 280-day reading only the 5-year tier applies
                }
                years = Math.max(years, ten);
            }
        }
        if (years == 0) {
            return;
        }
        LocalDate anniversary = departure.plusYears(years);
        if (!anniversary.plusDays(1).isAfter(ev.on)) {
            return; // the ban is over
        }
        String[] ids = rules.toArray(new String[0]);
        boolean unverified = visaFree && firstUnlawful.toEpochDay() >= CALENDAR_YEAR_FROM;
        Confidence confidence = unverified ? Confidence.UNCLEAR : Confidence.CONFIRMED;
        List<LocalDate> dates = new ArrayList<>(3);
        List<Text> why = new ArrayList<>(3);
        List<List<Citation>> whyCites = new ArrayList<>(3);
        dates.add(anniversary.plusDays(1));
        why.add(Text.of("regime.t.reading.anniversaryIsLastDay"));
        whyCites.add(Evaluation.cite(ids));
        dates.add(anniversary);
        why.add(Text.of("regime.t.reading.anniversaryIsFree"));
        whyCites.add(Evaluation.cite(ids));
        if (altYears > 0) {
            dates.add(departure.plusYears(altYears).plusDays(1));
            why.add(Text.of("regime.t.reading.tenYear280"));
            whyCites.add(Evaluation.cite("R-081"));
        }
        Text text = Text.of(mandatory ? "regime.t.banFrom" : "regime.t.banMayFrom", departure, years, overstayDays, firstUnlawful);
        ev.allowedFrom(AllowedFromKind.ENTRY_AFTER_BAN, stay.ref(), text, confidence, Evaluation.cite(ids), dates, why,
                whyCites, -1);
        ev.restrict(RestrictionKind.ENTRY_BAN, mandatory ? RestrictionStatus.IN_FORCE : RestrictionStatus.LIKELY, departure,
                anniversary, text, List.of(), confidence, ids);
        if (unverified) {
            ev.warn("ban-wording-unverified", Text.of("regime.t.banWordingUnverified"), Confidence.UNCLEAR, "R-078");
        }
        LocalDate windowEnd = RegistryRules.REGULARISATION_END;
        if (firstUnlawful.getYear() == windowEnd.getYear() && !departure.isAfter(windowEnd)) {
            ev.warn("left-within-regularisation-window", Text.of("regime.t.leftInWindow", windowEnd.plusDays(1)),
                    Confidence.UNCLEAR, "R-064", "R-078");
        }
    }

    // ---- visa-free day count -------------------------------------------------------------

    private static void dayCount(Evaluation ev, Days d, int today) {
        if (ev.status.state() == StayState.RUSSIAN_CITIZEN || ev.status.state() == StayState.UNDETERMINED) {
            return;
        }
        if (ev.facts.isEaeu() && ev.on.toEpochDay() >= EAEU_LIMIT_UNKNOWN_FROM || "BY".equals(ev.facts.citizenship)) {
            return;
        }
        boolean anyVisaFree = false;
        for (int i = 0; i <= today && !anyVisaFree; i++) {
            anyVisaFree = d.visaFree[i];
        }
        if (!anyVisaFree) {
            return;
        }
        LocalDate on = ev.on;
        boolean yearRule = on.toEpochDay() >= CALENDAR_YEAR_FROM;
        LocalDate from = yearRule ? LocalDate.of(on.getYear(), 1, 1) : on.minusDays(WINDOW - 1L);
        int limit = yearRule ? MAX_DAYS_YEAR : MAX_DAYS_WINDOW;
        int used = d.visaFreeDays(d.index(from), today);
        int remaining = Math.max(0, limit - used);
        boolean groundDays = false;
        for (int i = Math.max(0, d.index(from)); i <= today && !groundDays; i++) {
            groundDays = d.present[i] && d.state[i] == LAWFUL_GROUND;
        }
        Text text = Text.of(groundDays ? "regime.t.dayCount.withGround" : yearRule ? "regime.t.dayCount.year" : "regime.t.dayCount.window",
                used, limit, remaining, from, on);
        if (groundDays) {
            ev.warn("ground-days-counted", Text.of("regime.t.groundDaysCounted"), Confidence.UNCLEAR, yearRule ? "R-011" : "R-010", "R-036");
        }
        ev.dayCount = new DayCount(from, on, used, limit, remaining, text,
                yearRule ? Evaluation.cite("R-011", "R-017") : Evaluation.cite("R-010", "R-017"));
        if (!ev.inRussia && yearRule && remaining == 0) {
            LocalDate nextYear = LocalDate.of(on.getYear() + 1, 1, 1);
            ev.allowedFrom(AllowedFromKind.VISA_FREE_ENTRY, null, Text.of("regime.t.allowed.visaFreeUsedUp", on.getYear(), nextYear),
                    Confidence.CONFIRMED, Evaluation.cite("R-011"), List.of(nextYear),
                    List.of(Text.of("regime.t.reading.calendarYear")), List.of(Evaluation.cite("R-011")), -1);
        }
    }

    static void markRegistryGround(Evaluation ev, LocalDate day, Text why) {
        LocalDate effective = Evaluation.max(day, RegistryRules.REGISTRY_FROM);
        if (ev.registryGround == null || effective.isBefore(ev.registryGround)) {
            ev.registryGround = effective;
            ev.registryGroundText = why;
        }
    }
}
