package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The facts as the rules see them on the evaluation day: sorted into one canonical order (so
 * the assessment never depends on the order they were given in) and without anything that had
 * not happened yet on that day (counted in {@link #leftOut} and reported as a warning).
 */
final class Facts {

    private static final Comparator<String> REF = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<LocalDate> DATE = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<Enum<?>> ENUM = Comparator.nullsFirst(Comparator.comparingInt(Enum::ordinal));

    final String citizenship;
    final Sex sex;
    final LocalDate birthDate;
    final List<Stay> stays;
    final List<PlaceOfStay> places;
    final List<Document> documents;
    final List<PatentPayment> payments;
    final List<ExpulsionRuling> rulings;
    final List<RegistryCheck> checks;
    final Naturalisation naturalisation;
    final List<Child> children;
    int leftOut;

    Facts(PersonFacts f, LocalDate on) {
        citizenship = f.citizenship();
        sex = f.sex();
        birthDate = f.birthDate();

        stays = new ArrayList<>(f.stays().size());
        for (Stay s : f.stays()) {
            if (s.entered().isAfter(on)) {
                leftOut++;
            } else if (s.left() != null && s.left().isAfter(on)) {
                leftOut++;
                stays.add(new Stay(s.entered(), null, s.purpose(), s.ref()));
            } else {
                stays.add(s);
            }
        }
        stays.sort(Comparator.comparing(Stay::entered).thenComparing(Stay::left, DATE)
                .thenComparing(Stay::purpose, ENUM).thenComparing(Stay::ref, REF));

        places = new ArrayList<>(f.placesOfStay().size());
        for (PlaceOfStay p : f.placesOfStay()) {
            if (keep(p.arrived(), on)) {
                places.add(p);
            }
        }
        places.sort(Comparator.comparing(PlaceOfStay::arrived).thenComparing(PlaceOfStay::accommodation, ENUM)
                .thenComparing(PlaceOfStay::ref, REF));

        documents = new ArrayList<>(f.documents().size());
        for (Document d : f.documents()) {
            if (keep(d.issued(), on)) {
                documents.add(d);
            }
        }
        documents.sort(Comparator.comparing(Document::issued).thenComparing(Document::kind, ENUM)
                .thenComparing(Document::validUntil, DATE).thenComparing(Document::ref, REF));

        payments = new ArrayList<>(f.patentPayments().size());
        for (PatentPayment p : f.patentPayments()) {
            if (keep(p.paidOn(), on)) {
                payments.add(p);
            }
        }
        payments.sort(Comparator.comparing(PatentPayment::paidOn).thenComparingInt(PatentPayment::months));

        rulings = new ArrayList<>(f.rulings().size());
        for (ExpulsionRuling r : f.rulings()) {
            if (!keep(r.decided(), on)) {
                continue;
            }
            LocalDate served = cut(r.served(), on);
            LocalDate appeal = cut(r.appealFiled(), on);
            rulings.add(served == r.served() && appeal == r.appealFiled() ? r
                    : new ExpulsionRuling(r.kind(), r.decided(), served, r.forced(), r.detained(), appeal, r.ref()));
        }
        rulings.sort(Comparator.comparing(ExpulsionRuling::decided).thenComparing(ExpulsionRuling::kind, ENUM)
                .thenComparing(ExpulsionRuling::served, DATE).thenComparing(ExpulsionRuling::appealFiled, DATE)
                .thenComparing(ExpulsionRuling::forced).thenComparing(ExpulsionRuling::detained)
                .thenComparing(ExpulsionRuling::ref, REF));

        checks = new ArrayList<>(f.registryChecks().size());
        for (RegistryCheck c : f.registryChecks()) {
            if (keep(c.checkedOn(), on)) {
                checks.add(c);
            }
        }
        checks.sort(Comparator.comparing(RegistryCheck::checkedOn).thenComparing(RegistryCheck::listed)
                .thenComparing(RegistryCheck::listedSince, DATE));

        Naturalisation n = f.naturalisation();
        if (n != null && !keep(n.acquired(), on)) {
            n = null;
        } else if (n != null) {
            n = new Naturalisation(n.acquired(), cut(n.passportReceived(), on), cut(n.residenceRegistered(), on),
                    cut(n.militaryRegistered(), on));
        }
        naturalisation = n;

        children = new ArrayList<>(f.children().size());
        for (Child c : f.children()) {
            if (!keep(c.birthDate(), on)) {
                continue;
            }
            LocalDate applied = cut(c.schoolApplied(), on);
            LocalDate failed = cut(c.testFailedOn(), on);
            children.add(applied == c.schoolApplied() && failed == c.testFailedOn() ? c
                    : new Child(c.birthDate(), applied, c.grade(), failed, c.exemption(), c.ref()));
        }
        children.sort(Comparator.comparing(Child::birthDate).thenComparing(Child::schoolApplied, DATE)
                .thenComparing(Child::testFailedOn, DATE).thenComparing(Child::grade, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Child::exemption, ENUM).thenComparing(Child::ref, REF));
    }

    private boolean keep(LocalDate day, LocalDate on) {
        if (day.isAfter(on)) {
            leftOut++;
            return false;
        }
        return true;
    }

    private LocalDate cut(LocalDate day, LocalDate on) {
        if (day != null && day.isAfter(on)) {
            leftOut++;
            return null;
        }
        return day;
    }

    boolean isEaeu() {
        return "AM".equals(citizenship) || "BY".equals(citizenship) || "KZ".equals(citizenship) || "KG".equals(citizenship);
    }

    /** Documents of a kind, in canonical order. */
    List<Document> documents(DocumentKind kind) {
        List<Document> out = new ArrayList<>(2);
        for (Document d : documents) {
            if (d.kind() == kind) {
                out.add(d);
            }
        }
        return out;
    }

    Document latest(DocumentKind kind) {
        Document last = null;
        for (Document d : documents) {
            if (d.kind() == kind) {
                last = d;
            }
        }
        return last;
    }
}
