package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks facts before any rule runs, and reports every problem at once with the field's path.
 * The problems it knows are the ones people make: a missing date, an exit before the entry,
 * overlapping stays, a payment before the patent, a date in year 3000.
 */
final class FactsValidator {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    static final String RANGE = "is outside the supported range 1900-01-01 to 2099-12-31";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<FactsProblem.Issue> issues = new ArrayList<>();

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
            String base = index < 0 ? list : list + "[" + index + "]";
            return field == null ? base : base + "." + field;
        }
    }

    static void check(PersonFacts facts, LocalDate on) {
        FactsValidator v = new FactsValidator();
        v.run(facts, on);
        if (!v.issues.isEmpty()) {
            throw new FactsProblem(v.issues);
        }
    }

    private void run(PersonFacts f, LocalDate on) {
        if (on == null) {
            add("on", "the evaluation date is required");
        } else {
            range("on", on);
        }
        if (f == null) {
            add("(facts)", "no facts were given");
            return;
        }
        citizenship(f.citizenship());
        range("birthDate", f.birthDate());
        stays(f.stays());
        for (int i = 0; i < f.placesOfStay().size(); i++) {
            PlaceOfStay p = f.placesOfStay().get(i);
            At at = new At("placesOfStay", i, null);
            if (notNull(at, p)) {
                required(at.dot("arrived"), p.arrived());
            }
        }
        documents(f.documents());
        payments(f.patentPayments(), f.documents());
        rulings(f.rulings());
        for (int i = 0; i < f.registryChecks().size(); i++) {
            RegistryCheck c = f.registryChecks().get(i);
            At at = new At("registryChecks", i, null);
            if (notNull(at, c) && required(at.dot("checkedOn"), c.checkedOn())) {
                if (c.listedSince() != null && !c.listed()) {
                    add(at.dot("listedSince"), "is given but the check did not find the person listed");
                }
                if (range(at.dot("listedSince"), c.listedSince()) && c.listedSince() != null
                        && c.listedSince().isAfter(c.checkedOn())) {
                    add(at.dot("listedSince"), "is after the day of the check");
                }
            }
        }
        naturalisation(f.naturalisation());
        for (int i = 0; i < f.children().size(); i++) {
            child(new At("children", i, null), f.children().get(i));
        }
    }

    private void citizenship(String code) {
        if (code == null || code.isBlank()) {
            add("citizenship", "is required (ISO 3166-1 alpha-2 code, e.g. UZ; XX for a stateless person)");
        } else if (!"XX".equals(code) && !COUNTRIES.contains(code)) {
            add("citizenship", "is not an ISO 3166-1 alpha-2 country code in capitals (e.g. UZ, TJ, KG; XX for stateless)");
        }
    }

    private void stays(List<Stay> stays) {
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < stays.size(); i++) {
            Stay s = stays.get(i);
            At at = new At("stays", i, null);
            if (!notNull(at, s)) {
                continue;
            }
            boolean ok = required(at.dot("entered"), s.entered()) & range(at.dot("left"), s.left());
            if (ok && s.left() != null && s.left().isBefore(s.entered())) {
                add(at.dot("left"), "the exit is before the entry");
                ok = false;
            }
            if (ok) {
                valid.add(i);
            }
        }
        valid.sort(Comparator.comparing(i -> stays.get(i).entered()));
        for (int k = 1; k < valid.size(); k++) {
            Stay before = stays.get(valid.get(k - 1));
            Stay after = stays.get(valid.get(k));
            if (before.left() == null) {
                add("stays[" + valid.get(k - 1) + "].left", "is missing, but a later stay (stays[" + valid.get(k)
                        + "]) begins after it: only the latest stay may be still open");
            } else if (!after.entered().isAfter(before.left())) {
                add("stays[" + valid.get(k) + "].entered", "overlaps stays[" + valid.get(k - 1)
                        + "]: a new entry must come after the previous exit");
            }
        }
    }

    private void documents(List<Document> docs) {
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            At at = new At("documents", i, null);
            if (!notNull(at, d)) {
                continue;
            }
            if (d.kind() == null) {
                add(at.dot("kind"), "is required");
            }
            if (required(at.dot("issued"), d.issued()) & range(at.dot("validUntil"), d.validUntil())
                    && d.validUntil() != null && d.validUntil().isBefore(d.issued())) {
                add(at.dot("validUntil"), "is before the issue date");
            }
        }
    }

    private void payments(List<PatentPayment> payments, List<Document> docs) {
        LocalDate firstPatent = null;
        for (Document d : docs) {
            if (d != null && d.kind() == DocumentKind.PATENT && d.issued() != null
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
                add(at.dot("months"), "must be a whole number of months from 1 to 12");
            }
            if (!required(at.dot("paidOn"), p.paidOn())) {
                continue;
            }
            if (firstPatent == null) {
                add(at.dot("paidOn"), "there is no patent among the documents for this payment");
            } else if (p.paidOn().isBefore(firstPatent)) {
                add(at.dot("paidOn"), "is before the patent was issued (record the advance paid to obtain it on the issue date)");
            }
        }
    }

    private void rulings(List<ExpulsionRuling> rulings) {
        for (int i = 0; i < rulings.size(); i++) {
            ExpulsionRuling r = rulings.get(i);
            At at = new At("rulings", i, null);
            if (!notNull(at, r)) {
                continue;
            }
            if (r.kind() == null) {
                add(at.dot("kind"), "is required");
            }
            boolean decided = required(at.dot("decided"), r.decided());
            boolean served = range(at.dot("served"), r.served());
            if (decided && served && r.served() != null && r.served().isBefore(r.decided())) {
                add(at.dot("served"), "is before the ruling was made");
            }
            if (range(at.dot("appealFiled"), r.appealFiled()) && decided && r.appealFiled() != null
                    && r.appealFiled().isBefore(r.decided())) {
                add(at.dot("appealFiled"), "is before the ruling was made");
            }
        }
    }

    private void naturalisation(Naturalisation n) {
        if (n == null) {
            return;
        }
        if (required("naturalisation.acquired", n.acquired())) {
            if (range("naturalisation.passportReceived", n.passportReceived()) && n.passportReceived() != null
                    && n.passportReceived().isBefore(n.acquired())) {
                add("naturalisation.passportReceived", "is before citizenship was acquired");
            }
            range("naturalisation.residenceRegistered", n.residenceRegistered());
            if (range("naturalisation.militaryRegistered", n.militaryRegistered()) && n.militaryRegistered() != null
                    && n.militaryRegistered().isBefore(n.acquired())) {
                add("naturalisation.militaryRegistered", "is before citizenship was acquired");
            }
        }
    }

    private void child(At at, Child c) {
        if (!notNull(at, c)) {
            return;
        }
        boolean born = required(at.dot("birthDate"), c.birthDate());
        boolean applied = range(at.dot("schoolApplied"), c.schoolApplied());
        boolean failed = range(at.dot("testFailedOn"), c.testFailedOn());
        if (c.grade() != null && (c.grade() < 1 || c.grade() > 11)) {
            add(at.dot("grade"), "must be a school grade from 1 to 11");
        }
        if (born && applied && c.schoolApplied() != null && c.schoolApplied().isBefore(c.birthDate())) {
            add(at.dot("schoolApplied"), "is before the child's birth");
        }
        if (born && failed && c.testFailedOn() != null && c.testFailedOn().isBefore(c.birthDate())) {
            add(at.dot("testFailedOn"), "is before the child's birth");
        }
    }

    private boolean notNull(Object at, Object o) {
        if (o == null) {
            add(at, "is empty (null)");
            return false;
        }
        return true;
    }

    private boolean required(Object field, LocalDate date) {
        if (date == null) {
            add(field, "is required");
            return false;
        }
        return range(field, date);
    }

    private boolean range(Object field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            add(field, RANGE);
            return false;
        }
        return true;
    }

    private void add(Object field, String problem) {
        issues.add(new FactsProblem.Issue(field.toString(), problem));
    }
}
