package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks facts before any rule runs, and reports every problem at once with the field's path.
 * Three kinds of problem: a fact that is missing or malformed (a missing date, a date in year
 * 3000, a control character in a ref, too many stays), an evaluation day outside the period the
 * rules know ({@link KnownPeriod}), and facts that contradict each other (an exit before the
 * entry, overlapping stays, a payment before the patent, a ruling made while the person was not in
 * Russia, anything dated before the person's birth, a child born after the evaluation day, a
 * grade impossible at the child's age). A contradiction is never assessed: the answer would look
 * complete and be wrong.
 *
 * <p>Adding an input field: a date goes into {@link #dates} (which gives it the range check, the
 * "before birth" check and the known-period headline); a text goes through {@link #text} (and the
 * JSON reader's {@code string}); a new list gets its limit in {@link #LIMITS} and a line in
 * {@code limits}. Cost: linear in the facts, plus sorting the stays.
 */
final class FactsValidator {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    static final String RANGE = "is outside the supported range 1900-01-01 to 2099-12-31";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * The most entries a list may have. Generous for real lives (a border commuter crossing daily for 27 years
     * makes 10,000 stays) and small enough that one assessment stays well under a second and its output bounded.
     * A list not named here gets {@link #DEFAULT_LIMIT}.
     */
    static final Map<String, Integer> LIMITS = Map.of("stays", 10_000, "placesOfStay", 10_000, "documents", 2_000,
            "patentPayments", 2_000, "rulings", 100, "registryChecks", 5_000, "children", 30);
    static final int DEFAULT_LIMIT = 10_000;
    /** The longest text accepted (refs are the caller's identifiers, echoed on every item about the fact). */
    static final int MAX_TEXT = 200;

    /** What a date means, for the checks that run over every date of the facts. */
    enum DateKind {
        /** Something that happened to the person under the migration rules (an entry, a payment, a ruling). */
        EVENT,
        /** A child's birth: after the parent's, but not judged by the migration rules. */
        CHILD_BIRTH,
        /** The last day something is valid: only its range is checked. */
        VALID_UNTIL
    }

    /** Receives each date of the facts with its place (list, index, field; index -1 outside a list). */
    interface DateSink {
        void date(String list, int index, String field, LocalDate day, DateKind kind);
    }

    private final List<FactsProblem.Issue> issues = new ArrayList<>();
    private final LocalDate on;
    /** The stays that are well-formed, sorted by entry: for "was the person in Russia on that day?". */
    private Stay[] sortedStays;
    private boolean staysComplete = true;
    /** The person's date of birth when given and in range, else null. */
    private LocalDate birth;
    /** Facts dated before the rules known ({@link KnownPeriod#RULES_FROM}): how many, and where the earliest is. */
    private int oldFacts;
    private LocalDate oldest;
    private String oldestPath;

    private FactsValidator(LocalDate on) {
        this.on = on;
    }

    /**
     * A field's path, built into a string only when something is wrong with it: validation runs
     * on every assessment, and most facts are fine.
     */
    private record At(String list, int index, String field) {
        At dot(String name) {
            return new At(list, index, field == null ? name : field + "." + name);
        }

        @Override
        public String toString() {
            return path(list, index, field);
        }
    }

    static String path(String list, int index, String field) {
        String base = index < 0 ? list : list + "[" + index + "]";
        return field == null ? base : base + "." + field;
    }

    /**
     * Checks the facts; for valid ones, returns the headlines they call for ({@link KnownPeriod}), found in
     * the same pass over the dates. @throws FactsProblem naming every problem
     */
    static List<Note> check(PersonFacts facts, LocalDate on) {
        FactsValidator v = new FactsValidator(on);
        v.run(facts);
        if (!v.issues.isEmpty()) {
            throw new FactsProblem(v.issues);
        }
        return KnownPeriod.headlines(v.oldFacts, v.oldestPath, on);
    }

    /** Every problem of the facts on the day, in the order of the fields; empty when they can be assessed. */
    static List<FactsProblem.Issue> problems(PersonFacts facts, LocalDate on) {
        FactsValidator v = new FactsValidator(on);
        v.run(facts);
        return v.issues;
    }

    /**
     * Every date of the facts with its path, in the order of the fields: the one list of dates that the
     * checks over all dates read (range, before birth, older than the rules known).
     */
    static void dates(PersonFacts f, DateSink out) {
        for (int i = 0; i < f.stays().size(); i++) {
            Stay s = f.stays().get(i);
            if (s != null) {
                out.date("stays", i, "entered", s.entered(), DateKind.EVENT);
                out.date("stays", i, "left", s.left(), DateKind.EVENT);
            }
        }
        for (int i = 0; i < f.placesOfStay().size(); i++) {
            PlaceOfStay p = f.placesOfStay().get(i);
            if (p != null) {
                out.date("placesOfStay", i, "arrived", p.arrived(), DateKind.EVENT);
            }
        }
        for (int i = 0; i < f.documents().size(); i++) {
            Document d = f.documents().get(i);
            if (d != null) {
                out.date("documents", i, "issued", d.issued(), DateKind.EVENT);
                out.date("documents", i, "validUntil", d.validUntil(), DateKind.VALID_UNTIL);
            }
        }
        for (int i = 0; i < f.patentPayments().size(); i++) {
            PatentPayment p = f.patentPayments().get(i);
            if (p != null) {
                out.date("patentPayments", i, "paidOn", p.paidOn(), DateKind.EVENT);
            }
        }
        for (int i = 0; i < f.rulings().size(); i++) {
            ExpulsionRuling r = f.rulings().get(i);
            if (r != null) {
                out.date("rulings", i, "decided", r.decided(), DateKind.EVENT);
                out.date("rulings", i, "served", r.served(), DateKind.EVENT);
                out.date("rulings", i, "appealFiled", r.appealFiled(), DateKind.EVENT);
            }
        }
        for (int i = 0; i < f.registryChecks().size(); i++) {
            RegistryCheck c = f.registryChecks().get(i);
            if (c != null) {
                out.date("registryChecks", i, "checkedOn", c.checkedOn(), DateKind.EVENT);
                out.date("registryChecks", i, "listedSince", c.listedSince(), DateKind.EVENT);
            }
        }
        Naturalisation n = f.naturalisation();
        if (n != null) {
            out.date("naturalisation", -1, "acquired", n.acquired(), DateKind.EVENT);
            out.date("naturalisation", -1, "passportReceived", n.passportReceived(), DateKind.EVENT);
            out.date("naturalisation", -1, "residenceRegistered", n.residenceRegistered(), DateKind.EVENT);
            out.date("naturalisation", -1, "militaryRegistered", n.militaryRegistered(), DateKind.EVENT);
        }
        for (int i = 0; i < f.children().size(); i++) {
            Child c = f.children().get(i);
            if (c != null) {
                out.date("children", i, "birthDate", c.birthDate(), DateKind.CHILD_BIRTH);
                out.date("children", i, "schoolApplied", c.schoolApplied(), DateKind.EVENT);
                out.date("children", i, "testFailedOn", c.testFailedOn(), DateKind.EVENT);
            }
        }
    }

    private void run(PersonFacts f) {
        evaluationDay();
        if (f == null) {
            add("(facts)", "no facts were given", "required");
            return;
        }
        citizenship(f.citizenship());
        person(f);
        limits(f);
        dates(f, this::anyDate);
        stays(f.stays());
        for (int i = 0; i < f.placesOfStay().size(); i++) {
            place(new At("placesOfStay", i, null), f.placesOfStay().get(i));
        }
        documents(f.documents());
        payments(f.patentPayments(), f.documents());
        for (int i = 0; i < f.rulings().size(); i++) {
            ruling(new At("rulings", i, null), f.rulings().get(i));
        }
        for (int i = 0; i < f.registryChecks().size(); i++) {
            registryCheck(new At("registryChecks", i, null), f.registryChecks().get(i));
        }
        naturalisation(f.naturalisation());
        for (int i = 0; i < f.children().size(); i++) {
            child(new At("children", i, null), f.children().get(i));
        }
    }

    private void evaluationDay() {
        if (on == null) {
            add("on", "is required: the day to judge the facts on (YYYY-MM-DD)", "required");
            return;
        }
        FactsProblem.Issue refused = KnownPeriod.refusal(on);
        if (refused != null) {
            issues.add(refused);
        }
    }

    private void citizenship(String code) {
        if (code == null || code.isBlank()) {
            add("citizenship", "is required (ISO 3166-1 alpha-2 code, e.g. UZ; XX for a stateless person)", "required");
        } else if (!"XX".equals(code) && !COUNTRIES.contains(code)) {
            add("citizenship", "is not an ISO 3166-1 alpha-2 country code in capitals (e.g. UZ, TJ, KG; XX for stateless)",
                    "citizenship");
        }
    }

    private void person(PersonFacts f) {
        LocalDate born = f.birthDate();
        if (born != null && !inRange(born)) {
            add("birthDate", RANGE, "out-of-range");
            return;
        }
        birth = born;
        if (born != null && on != null && born.isAfter(on)) {
            add("birthDate", "is after the evaluation day (on): the person was not born yet", "after-evaluation-day");
        }
    }

    private void limits(PersonFacts f) {
        limit("stays", f.stays().size());
        limit("placesOfStay", f.placesOfStay().size());
        limit("documents", f.documents().size());
        limit("patentPayments", f.patentPayments().size());
        limit("rulings", f.rulings().size());
        limit("registryChecks", f.registryChecks().size());
        limit("children", f.children().size());
    }

    private void limit(String list, int size) {
        int max = LIMITS.getOrDefault(list, DEFAULT_LIMIT);
        if (size > max) {
            add(list, tooMany(max), "too-many");
        }
    }

    static String tooMany(int max) {
        return "has more than " + max + " entries, the most accepted (see README, \"Check your situation\")";
    }

    /**
     * What every date gets: its range; not before the person's birth (a child not born before the parent);
     * and, for an event, whether it is older than the rules known (counted for {@link KnownPeriod}'s headline).
     */
    private void anyDate(String list, int index, String field, LocalDate day, DateKind kind) {
        if (day == null) {
            return;
        }
        if (!inRange(day)) {
            add(path(list, index, field), RANGE, "out-of-range");
            return;
        }
        if (kind != DateKind.VALID_UNTIL && birth != null && day.isBefore(birth)) {
            add(path(list, index, field), kind == DateKind.CHILD_BIRTH ? "is before the person's own birthDate: a child is not born before the parent"
                    : "is before the person's birth (birthDate)", "before-birth");
        }
        if (kind == DateKind.EVENT && day.isBefore(KnownPeriod.RULES_FROM)) {
            oldFacts++;
            if (oldest == null || day.isBefore(oldest)) {
                oldest = day;
                oldestPath = path(list, index, field);
            }
        }
    }

    private void stays(List<Stay> stays) {
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < stays.size(); i++) {
            Stay s = stays.get(i);
            At at = new At("stays", i, null);
            if (!notNull(at, s)) {
                staysComplete = false;
                continue;
            }
            text(at, "ref", s.ref());
            boolean ok = required(at.dot("entered"), s.entered()) && (s.left() == null || inRange(s.left()));
            if (ok && s.left() != null && s.left().isBefore(s.entered())) {
                add(at.dot("left"), "the exit is before the entry", "exit-before-entry");
                ok = false;
            }
            if (ok) {
                valid.add(i);
            } else {
                staysComplete = false;
            }
        }
        valid.sort(Comparator.comparing(i -> stays.get(i).entered()));
        sortedStays = new Stay[valid.size()];
        for (int k = 0; k < valid.size(); k++) {
            sortedStays[k] = stays.get(valid.get(k));
        }
        for (int k = 1; k < valid.size(); k++) {
            Stay before = stays.get(valid.get(k - 1));
            Stay after = stays.get(valid.get(k));
            if (before.left() == null) {
                add("stays[" + valid.get(k - 1) + "].left", "is missing, but a later stay (stays[" + valid.get(k)
                        + "]) begins after it: only the latest stay may be still open", "open-stay-not-last");
            } else if (!after.entered().isAfter(before.left())) {
                add("stays[" + valid.get(k) + "].entered", "overlaps stays[" + valid.get(k - 1)
                        + "]: a new entry must come after the previous exit", "overlap");
            }
        }
    }

    /**
     * Whether the person was in Russia on the day, as far as the stays tell: null when they cannot tell
     * (no stays given, or some stay is itself wrong and already reported).
     */
    private Boolean inRussia(LocalDate day) {
        if (sortedStays.length == 0 || !staysComplete) {
            return null;
        }
        int lo = 0;
        int hi = sortedStays.length - 1;
        int found = -1;
        while (lo <= hi) { // the last stay entered on or before the day
            int mid = (lo + hi) >>> 1;
            if (sortedStays[mid].entered().isAfter(day)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found >= 0 && (sortedStays[found].left() == null || !day.isAfter(sortedStays[found].left()));
    }

    private void place(At at, PlaceOfStay p) {
        if (!notNull(at, p)) {
            return;
        }
        text(at, "ref", p.ref());
        if (required(at.dot("arrived"), p.arrived()) && Boolean.FALSE.equals(inRussia(p.arrived()))) {
            add(at.dot("arrived"), "is not within any of the stays given: arriving at an address in Russia happens during "
                    + "a stay, so give the stay it belongs to", "outside-stays");
        }
    }

    private void documents(List<Document> docs) {
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            At at = new At("documents", i, null);
            if (!notNull(at, d)) {
                continue;
            }
            text(at, "ref", d.ref());
            if (d.kind() == null) {
                add(at.dot("kind"), "is required", "required");
            }
            if (required(at.dot("issued"), d.issued()) && inRange(d.validUntil()) && d.validUntil().isBefore(d.issued())) {
                add(at.dot("validUntil"), "is before the issue date", "before-issue");
            }
        }
    }

    private void payments(List<PatentPayment> payments, List<Document> docs) {
        LocalDate firstPatent = null;
        for (Document d : docs) {
            if (d != null && d.kind() == DocumentKind.PATENT && inRange(d.issued())
                    && (firstPatent == null || d.issued().isBefore(firstPatent))) {
                firstPatent = d.issued();
            }
        }
        for (int i = 0; i < payments.size(); i++) {
            PatentPayment p = payments.get(i);
            At at = new At("patentPayments", i, null);
            if (!notNull(at, p)) {
                continue;
            }
            if (p.months() < 1 || p.months() > 12) {
                add(at.dot("months"), "must be a whole number of months from 1 to 12", "months");
            }
            if (!required(at.dot("paidOn"), p.paidOn())) {
                continue;
            }
            if (firstPatent == null) {
                add(at.dot("paidOn"), "there is no patent among the documents for this payment", "payment-without-patent");
            } else if (p.paidOn().isBefore(firstPatent)) {
                add(at.dot("paidOn"), "is before the patent was issued (record the advance paid to obtain it on the issue date)",
                        "payment-before-patent");
            }
        }
    }

    private void ruling(At at, ExpulsionRuling r) {
        if (!notNull(at, r)) {
            return;
        }
        text(at, "ref", r.ref());
        if (r.kind() == null) {
            add(at.dot("kind"), "is required", "required");
        }
        if (!required(at.dot("decided"), r.decided())) {
            return;
        }
        if (inRange(r.served()) && r.served().isBefore(r.decided())) {
            add(at.dot("served"), "is before the ruling was made", "before-decision");
        }
        if (inRange(r.appealFiled()) && r.appealFiled().isBefore(r.decided())) {
            add(at.dot("appealFiled"), "is before the ruling was made", "before-decision");
        }
        if (Boolean.FALSE.equals(inRussia(r.decided()))) {
            add(at.dot("decided"), "is not within any of the stays given (before the first entry or between an exit and the "
                    + "next entry): a ruling is made while the person is in Russia, so give the stay it concerns", "outside-stays");
        }
    }

    private void registryCheck(At at, RegistryCheck c) {
        if (!notNull(at, c) || !required(at.dot("checkedOn"), c.checkedOn())) {
            return;
        }
        if (c.listedSince() != null && !c.listed()) {
            add(at.dot("listedSince"), "is given but the check did not find the person listed", "listed-since-not-listed");
        } else if (inRange(c.listedSince()) && c.listedSince().isAfter(c.checkedOn())) {
            add(at.dot("listedSince"), "is after the day of the check", "after-check");
        }
    }

    private void naturalisation(Naturalisation n) {
        if (n == null || !required("naturalisation.acquired", n.acquired())) {
            return;
        }
        if (inRange(n.passportReceived()) && n.passportReceived().isBefore(n.acquired())) {
            add("naturalisation.passportReceived", "is before citizenship was acquired", "before-citizenship");
        }
        if (inRange(n.militaryRegistered()) && n.militaryRegistered().isBefore(n.acquired())) {
            add("naturalisation.militaryRegistered", "is before citizenship was acquired", "before-citizenship");
        }
    }

    /**
     * A child: born, and not after the evaluation day; the school dates after the birth; and a grade the child
     * could be in. Grade g is taken as plausible from age g + 4 to age g + 10 in completed years, and under 18,
     * on the day of the application (or the evaluation day when no application is given): grade 1 from 5 to 11,
     * grade 11 from 15 to 17. That admits early starters, skipped grades and newcomers placed lower for the
     * language, and refuses typing mistakes such as grade 11 at age 5.
     */
    private void child(At at, Child c) {
        if (!notNull(at, c)) {
            return;
        }
        text(at, "ref", c.ref());
        boolean gradeOk = true;
        if (c.grade() != null && (c.grade() < 1 || c.grade() > 11)) {
            add(at.dot("grade"), "must be a school grade from 1 to 11", "grade");
            gradeOk = false;
        }
        if (!required(at.dot("birthDate"), c.birthDate())) {
            return;
        }
        if (on != null && c.birthDate().isAfter(on)) {
            add(at.dot("birthDate"), "is after the evaluation day (on): only a child already born can be assessed",
                    "after-evaluation-day");
            return;
        }
        if (inRange(c.schoolApplied()) && c.schoolApplied().isBefore(c.birthDate())) {
            add(at.dot("schoolApplied"), "is before the child's birth", "before-birth");
            return;
        }
        if (inRange(c.testFailedOn()) && c.testFailedOn().isBefore(c.birthDate())) {
            add(at.dot("testFailedOn"), "is before the child's birth", "before-birth");
        }
        LocalDate day = c.schoolApplied() != null ? c.schoolApplied() : on;
        if (!inRange(day)) {
            return;
        }
        int age = java.time.Period.between(c.birthDate(), day).getYears();
        if (c.grade() != null && gradeOk && (age < c.grade() + 4 || age > c.grade() + 10 || age >= 18)) {
            add(at.dot("grade"), "does not fit the child's age (birthDate): a child in grade g is taken to be from g + 4 to "
                    + "g + 10 years old, and under 18, on the day of the application (or the evaluation day)", "grade-age");
        } else if (c.grade() == null && c.schoolApplied() != null && (age < 5 || age >= 18)) {
            add(at.dot("schoolApplied"), "does not fit the child's age (birthDate): a school application is taken to be made "
                    + "from age 5 and before 18", "grade-age");
        }
    }

    /** A text given by the caller: no control characters (they could rewrite a terminal or a log line), bounded length. */
    private void text(At at, String field, String value) {
        String problem = textProblem(value);
        if (problem != null) {
            add(at.dot(field), problem, problem.startsWith("contains") ? "control-character" : "too-long");
        }
    }

    /** What is wrong with a text, or null: control characters, line and bidi controls, or more than {@link #MAX_TEXT} characters. */
    static String textProblem(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            return "is longer than " + MAX_TEXT + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            if (isControl(value.charAt(i))) {
                return "contains a control character (tab, line break, escape, bidirectional control...): not accepted in any text";
            }
        }
        return null;
    }

    /** C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional formatting controls. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    private boolean notNull(Object at, Object o) {
        if (o == null) {
            add(at, "is empty (null)", "null");
            return false;
        }
        return true;
    }

    /** A required date: reported when missing; true when it is there and in range (the range is reported by {@link #anyDate}). */
    private boolean required(Object field, LocalDate date) {
        if (date == null) {
            add(field, "is required", "required");
            return false;
        }
        return inRange(date);
    }

    /** True for a date within the supported range; false for null or out of range. Reports nothing. */
    private static boolean inRange(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    private void add(Object field, String problem, String code) {
        issues.add(new FactsProblem.Issue(field.toString(), problem, code));
    }
}
