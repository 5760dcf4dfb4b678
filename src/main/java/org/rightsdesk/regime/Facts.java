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

    private static final Comparator<Stay> STAYS_ORDER = Comparator.comparing(Stay::entered).thenComparing(Stay::left, DATE)
                .thenComparing(Stay::purpose, ENUM).thenComparing(Stay::ref, REF);
    private static final Comparator<PlaceOfStay> PLACES_ORDER = Comparator.comparing(PlaceOfStay::arrived).thenComparing(PlaceOfStay::accommodation, ENUM)
                .thenComparing(PlaceOfStay::ref, REF);
    private static final Comparator<Document> DOCUMENTS_ORDER = Comparator.comparing(Document::issued).thenComparing(Document::kind, ENUM)
                .thenComparing(Document::validUntil, DATE).thenComparing(Document::ref, REF);
    private static final Comparator<PatentPayment> PAYMENTS_ORDER = Comparator.comparing(PatentPayment::paidOn).thenComparingInt(PatentPayment::months);
    private static final Comparator<ExpulsionRuling> RULINGS_ORDER = Comparator.comparing(ExpulsionRuling::decided).thenComparing(ExpulsionRuling::kind, ENUM)
                .thenComparing(ExpulsionRuling::served, DATE).thenComparing(ExpulsionRuling::appealFiled, DATE)
                .thenComparing(ExpulsionRuling::forced).thenComparing(ExpulsionRuling::detained)
                .thenComparing(ExpulsionRuling::ref, REF);
    private static final Comparator<RegistryCheck> CHECKS_ORDER = Comparator.comparing(RegistryCheck::checkedOn).thenComparing(RegistryCheck::listed)
                .thenComparing(RegistryCheck::listedSince, DATE);
    private static final Comparator<Child> CHILDREN_ORDER = Comparator.comparing(Child::birthDate).thenComparing(Child::schoolApplied, DATE)
                .thenComparing(Child::testFailedOn, DATE).thenComparing(Child::grade, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Child::exemption, ENUM).thenComparing(Child::ref, REF);

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
        for (int iStay = 0; iStay < f.stays().size(); iStay++) {
            Stay s = f.stays().get(iStay);
            if (s.entered().isAfter(on)) {
                leftOut++;
            } else if (s.left() != null && s.left().isAfter(on)) {
                leftOut++;
                stays.add(new Stay(s.entered(), null, s.purpose(), s.ref()));
            } else {
                stays.add(s);
            }
        }
        stays.sort(STAYS_ORDER);

        places = new ArrayList<>(f.placesOfStay().size());
        for (int iPlaceOfStay = 0; iPlaceOfStay < f.placesOfStay().size(); iPlaceOfStay++) {
            PlaceOfStay p = f.placesOfStay().get(iPlaceOfStay);
            if (keep(p.arrived(), on)) {
                places.add(p);
            }
        }
        places.sort(PLACES_ORDER);

        documents = new ArrayList<>(f.documents().size());
        for (int iDocument = 0; iDocument < f.documents().size(); iDocument++) {
            Document d = f.documents().get(iDocument);
            if (keep(d.issued(), on)) {
                documents.add(d);
            }
        }
        documents.sort(DOCUMENTS_ORDER);

        payments = new ArrayList<>(f.patentPayments().size());
        for (int iPatentPayment = 0; iPatentPayment < f.patentPayments().size(); iPatentPayment++) {
            PatentPayment p = f.patentPayments().get(iPatentPayment);
            if (keep(p.paidOn(), on)) {
                payments.add(p);
            }
        }
        payments.sort(PAYMENTS_ORDER);

        rulings = new ArrayList<>(f.rulings().size());
        for (int iExpulsionRuling = 0; iExpulsionRuling < f.rulings().size(); iExpulsionRuling++) {
            ExpulsionRuling r = f.rulings().get(iExpulsionRuling);
            if (!keep(r.decided(), on)) {
                continue;
            }
            LocalDate served = cut(r.served(), on);
            LocalDate appeal = cut(r.appealFiled(), on);
            rulings.add(served == r.served() && appeal == r.appealFiled() ? r
                    : new ExpulsionRuling(r.kind(), r.decided(), served, r.forced(), r.detained(), appeal, r.ref()));
        }
        rulings.sort(RULINGS_ORDER);

        checks = new ArrayList<>(f.registryChecks().size());
        for (int iRegistryCheck = 0; iRegistryCheck < f.registryChecks().size(); iRegistryCheck++) {
            RegistryCheck c = f.registryChecks().get(iRegistryCheck);
            if (keep(c.checkedOn(), on)) {
                checks.add(c);
            }
        }
        checks.sort(CHECKS_ORDER);

        Naturalisation n = f.naturalisation();
        if (n != null && !keep(n.acquired(), on)) {
            n = null;
        } else if (n != null) {
            n = new Naturalisation(n.acquired(), cut(n.passportReceived(), on), cut(n.residenceRegistered(), on),
                    cut(n.militaryRegistered(), on));
        }
        naturalisation = n;

        children = new ArrayList<>(f.children().size());
        for (int iChild = 0; iChild < f.children().size(); iChild++) {
            Child c = f.children().get(iChild);
            if (!keep(c.birthDate(), on)) {
                continue;
            }
            LocalDate applied = cut(c.schoolApplied(), on);
            LocalDate failed = cut(c.testFailedOn(), on);
            children.add(applied == c.schoolApplied() && failed == c.testFailedOn() ? c
                    : new Child(c.birthDate(), applied, c.grade(), failed, c.exemption(), c.ref()));
        }
        children.sort(CHILDREN_ORDER);
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

    /**
     * The stay that includes the day, or null. A binary search over the stays (sorted by entry, and
     * never overlapping once validated): a commuter's 10,000 stays with an overstay on each would
     * otherwise cost a scan per overstay.
     */
    Stay stayOn(LocalDate day) {
        int lo = 0;
        int hi = stays.size() - 1;
        Stay found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Stay s = stays.get(mid);
            if (s.entered().isAfter(day)) {
                hi = mid - 1;
            } else {
                found = s;
                lo = mid + 1;
            }
        }
        return found != null && (found.left() == null || !day.isAfter(found.left())) ? found : null;
    }

    boolean isEaeu() {
        return "AM".equals(citizenship) || "BY".equals(citizenship) || "KZ".equals(citizenship) || "KG".equals(citizenship);
    }

    /** Documents of a kind, in canonical order. */
    List<Document> documents(DocumentKind kind) {
        List<Document> out = null; // most kinds are absent: no list made for them
        for (Document d : documents) {
            if (d.kind() == kind) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(d);
            }
        }
        return out == null ? List.of() : out;
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
