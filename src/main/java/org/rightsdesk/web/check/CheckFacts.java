package org.rightsdesk.web.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rightsdesk.regime.Accommodation;
import org.rightsdesk.regime.Child;
import org.rightsdesk.regime.Document;
import org.rightsdesk.regime.DocumentKind;
import org.rightsdesk.regime.ExpulsionRuling;
import org.rightsdesk.regime.FactsProblem;
import org.rightsdesk.regime.Naturalisation;
import org.rightsdesk.regime.PatentPayment;
import org.rightsdesk.regime.PersonFacts;
import org.rightsdesk.regime.PlaceOfStay;
import org.rightsdesk.regime.Purpose;
import org.rightsdesk.regime.RegistryCheck;
import org.rightsdesk.regime.RulingKind;
import org.rightsdesk.regime.SchoolTestExemption;
import org.rightsdesk.regime.Sex;
import org.rightsdesk.regime.Stay;

/**
 * Turns the public form's answers into the engine's {@link PersonFacts}, remembering which
 * form field each fact came from, so that the engine's problems ("stays[1].left: the exit is
 * before the entry") are shown next to the right question. Problems are message keys, never
 * the values typed.
 */
final class CheckFacts {

    /** Form field → message key of what is wrong with it. Insertion order = order on the page. */
    final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> fieldOf = new HashMap<>();
    PersonFacts facts;
    LocalDate on;

    /** The facts of the answers; the day to check is the form's own (the page fills in today), never assumed. */
    static CheckFacts from(CheckForm f) {
        CheckFacts c = new CheckFacts();
        c.build(f);
        return c;
    }

    private void build(CheckForm f) {
        on = date(f.getOn(), "on");
        if (on == null && !errors.containsKey("on")) {
            errors.put("on", "regime.check.error.onRequired");
        }
        if (blank(f.getCitizenship())) {
            errors.put("citizenship", "regime.check.error.required");
        }
        PersonFacts.Builder b = PersonFacts.builder().citizenship(f.getCitizenship());
        List<Stay> stays = new ArrayList<>();
        trip(stays, f.getTrip1Entered(), f.getTrip1Left(), "trip1");
        trip(stays, f.getTrip2Entered(), f.getTrip2Left(), "trip2");
        trip(stays, f.getTrip3Entered(), f.getTrip3Left(), "trip3");
        Purpose purpose = enumOf(Purpose.class, f.getPurpose());
        LocalDate entered = null;
        if (f.isInRussia()) {
            entered = date(f.getEntered(), "entered");
            if (entered == null && !errors.containsKey("entered")) {
                errors.put("entered", "regime.check.error.required");
            }
            if (entered != null) {
                map("stays[" + stays.size() + "].entered", "entered");
                stays.add(new Stay(entered, null, purpose));
            }
        }
        stays.forEach(b::stay);
        int docs = 0;
        if (f.isInRussia() && entered != null) {
            LocalDate arrived = date(f.getArrived(), "arrived");
            Accommodation acc = enumOf(Accommodation.class, f.getAccommodation());
            if (arrived != null || acc == Accommodation.HOTEL) {
                map("placesOfStay[0].arrived", "arrived");
                b.placeOfStay(arrived != null ? arrived : entered, acc);
            }
            LocalDate notified = date(f.getNotified(), "notified");
            if (notified != null) {
                docs = doc(b, docs, DocumentKind.ARRIVAL_NOTIFICATION, notified, null, "notified");
            }
        }
        if (f.isVisa()) {
            LocalDate until = date(f.getVisaUntil(), "visaUntil");
            LocalDate from = date(f.getVisaFrom(), "visaFrom");
            if (until == null && !errors.containsKey("visaUntil")) {
                errors.put("visaUntil", "regime.check.error.required");
            } else if (until != null) {
                LocalDate start = from != null ? from : entered != null ? entered : until;
                docs = doc(b, docs, DocumentKind.VISA, start, until, from != null ? "visaFrom" : "visaUntil");
                map("documents[" + (docs - 1) + "].validUntil", "visaUntil");
            }
        }
        if (f.isWork()) {
            docs = work(f, b, docs);
        }
        if (f.isRuling()) {
            RulingKind kind = enumOf(RulingKind.class, f.getRulingKind());
            LocalDate decided = date(f.getRulingDecided(), "rulingDecided");
            LocalDate served = date(f.getRulingServed(), "rulingServed");
            LocalDate appeal = date(f.getRulingAppealFiled(), "rulingAppealFiled");
            if (decided == null && served == null) {
                errors.putIfAbsent("rulingServed", "regime.check.error.required");
            } else {
                map("rulings[0].decided", decided != null ? "rulingDecided" : "rulingServed");
                map("rulings[0].served", "rulingServed");
                map("rulings[0].appealFiled", "rulingAppealFiled");
                b.ruling(new ExpulsionRuling(kind == null ? RulingKind.COURT_EXPULSION : kind, decided != null ? decided : served,
                        served, f.isRulingDetained(), f.isRulingDetained(), appeal, null));
            }
        }
        if (f.isRegistry()) {
            LocalDate checked = date(f.getRegistryChecked(), "registryChecked");
            LocalDate since = date(f.getRegistryListedSince(), "registryListedSince");
            boolean listed = "yes".equals(f.getRegistryListed());
            if (checked != null) {
                map("registryChecks[0].checkedOn", "registryChecked");
                map("registryChecks[0].listedSince", "registryListedSince");
                b.registryCheck(checked, listed, listed ? since : null);
            }
        }
        if (f.isCitizen()) {
            LocalDate since = date(f.getCitizenSince(), "citizenSince");
            if (since == null) {
                errors.putIfAbsent("citizenSince", "regime.check.error.required");
            } else {
                map("naturalisation.acquired", "citizenSince");
                map("naturalisation.passportReceived", "passportReceived");
                map("naturalisation.militaryRegistered", "militaryRegistered");
                b.naturalisation(new Naturalisation(since, date(f.getPassportReceived(), "passportReceived"),
                        date(f.getResidenceRegistered(), "residenceRegistered"), date(f.getMilitaryRegistered(), "militaryRegistered")));
            }
            b.sex(enumOf(Sex.class, f.getSex()));
        }
        if (f.isChild()) {
            LocalDate birth = date(f.getChildBirth(), "childBirth");
            if (birth == null) {
                errors.putIfAbsent("childBirth", "regime.check.error.required");
            } else {
                map("children[0].birthDate", "childBirth");
                map("children[0].schoolApplied", "childApplied");
                map("children[0].testFailedOn", "childFailed");
                map("children[0].grade", "childGrade");
                b.child(new Child(birth, date(f.getChildApplied(), "childApplied"), grade(f.getChildGrade()),
                        date(f.getChildFailed(), "childFailed"), enumOf(SchoolTestExemption.class, f.getChildExemption()), null));
            }
        }
        map("citizenship", "citizenship");
        map("on", "on");
        facts = b.build();
    }

    private int work(CheckForm f, PersonFacts.Builder b, int docs) {
        LocalDate applied = date(f.getPatentApplied(), "patentApplied");
        if (applied != null) {
            docs = doc(b, docs, DocumentKind.PATENT_APPLICATION, applied, null, "patentApplied");
        }
        LocalDate issued = date(f.getPatentIssued(), "patentIssued");
        if (issued != null) {
            docs = doc(b, docs, DocumentKind.PATENT, issued, null, "patentIssued");
            int months = 1;
            if (!blank(f.getPatentMonths())) {
                try {
                    months = Integer.parseInt(f.getPatentMonths().strip());
                } catch (NumberFormatException e) {
                    errors.put("patentMonths", "regime.check.error.months");
                }
                if (months < 1 || months > 12) {
                    errors.put("patentMonths", "regime.check.error.months");
                    months = 1;
                }
            }
            LocalDate last = date(f.getPatentLastPaid(), "patentLastPaid");
            // The form asks for the months paid in total and the day of the last payment: the
            // earlier months are recorded as paid at issue, the last month on its own day.
            List<PatentPayment> payments = new ArrayList<>();
            if (last != null && months > 1 && last.isAfter(issued)) {
                payments.add(new PatentPayment(issued, months - 1));
                payments.add(new PatentPayment(last, 1));
                map("patentPayments[1].paidOn", "patentLastPaid");
            } else {
                payments.add(new PatentPayment(issued, months));
            }
            payments.forEach(p -> b.patentPayment(p.paidOn(), p.months()));
        }
        LocalDate notice = date(f.getContractNotice(), "contractNotice");
        if (notice != null) {
            docs = doc(b, docs, DocumentKind.CONTRACT_NOTICE, notice, null, "contractNotice");
        }
        LocalDate prints = date(f.getFingerprinted(), "fingerprinted");
        if (prints != null) {
            docs = doc(b, docs, DocumentKind.FINGERPRINT_REGISTRATION, prints, null, "fingerprinted");
        }
        LocalDate med = date(f.getMedical(), "medical");
        if (med != null) {
            docs = doc(b, docs, DocumentKind.MEDICAL_CERTIFICATE, med, null, "medical");
        }
        return docs;
    }

    private int doc(PersonFacts.Builder b, int index, DocumentKind kind, LocalDate issued, LocalDate until, String field) {
        b.document(new Document(kind, issued, until));
        map("documents[" + index + "].issued", field);
        return index + 1;
    }

    private void trip(List<Stay> stays, String enteredText, String leftText, String prefix) {
        LocalDate entered = date(enteredText, prefix + "Entered");
        LocalDate left = date(leftText, prefix + "Left");
        if (entered == null && left == null) {
            return;
        }
        if (entered == null) {
            errors.putIfAbsent(prefix + "Entered", "regime.check.error.required");
            return;
        }
        if (left == null) {
            errors.putIfAbsent(prefix + "Left", "regime.check.error.required");
            return;
        }
        map("stays[" + stays.size() + "].entered", prefix + "Entered");
        map("stays[" + stays.size() + "].left", prefix + "Left");
        stays.add(new Stay(entered, left, null));
    }

    /** Puts the engine's problems next to the fields they came from. */
    void add(FactsProblem problem) {
        for (FactsProblem.Issue issue : problem.issues()) {
            String field = fieldOf.getOrDefault(issue.field(), "general");
            errors.putIfAbsent(field, messageFor(issue));
        }
    }

    /** The engine's problem codes, worded for the page; any other code gets the general "cannot be used". */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("exit-before-entry", "regime.check.error.exitBeforeEntry"),
            Map.entry("overlap", "regime.check.error.overlap"),
            Map.entry("open-stay-not-last", "regime.check.error.overlap"),
            Map.entry("out-of-range", "regime.check.error.range"),
            Map.entry("payment-before-patent", "regime.check.error.paymentBeforePatent"),
            Map.entry("before-decision", "regime.check.error.order"),
            Map.entry("before-citizenship", "regime.check.error.order"),
            Map.entry("before-issue", "regime.check.error.order"),
            Map.entry("after-check", "regime.check.error.order"),
            Map.entry("before-birth", "regime.check.error.beforeBirth"),
            Map.entry("after-evaluation-day", "regime.check.error.afterOn"),
            Map.entry("grade", "regime.check.error.grade"),
            Map.entry("grade-age", "regime.check.error.gradeAge"),
            Map.entry("outside-stays", "regime.check.error.outsideTrips"),
            Map.entry("rules-not-known", "regime.check.error.onTooEarly"),
            Map.entry("too-far-ahead", "regime.check.error.onTooLate"),
            Map.entry("citizenship", "regime.check.error.citizenship"),
            Map.entry("required", "regime.check.error.required"));

    private static String messageFor(FactsProblem.Issue issue) {
        return MESSAGES.getOrDefault(issue.code(), "regime.check.error.invalid");
    }

    private void map(String factPath, String formField) {
        fieldOf.put(factPath, formField);
    }

    private LocalDate date(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, "regime.check.error.date");
            return null;
        }
    }

    private Integer grade(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            int g = Integer.parseInt(text.strip());
            if (g < 1 || g > 11) {
                errors.put("childGrade", "regime.check.error.grade");
                return null;
            }
            return g;
        } catch (NumberFormatException e) {
            errors.put("childGrade", "regime.check.error.grade");
            return null;
        }
    }

    /** A choice from one of the page's lists; anything else (a tampered form) is an error, never silently "not known". */
    private <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (blank(name)) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        errors.putIfAbsent("general", "regime.check.error.invalid"); // the page's own lists cannot send it: said at the top
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
