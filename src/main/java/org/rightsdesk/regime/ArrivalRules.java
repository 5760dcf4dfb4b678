package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the current stay asks of the person in its first weeks: the notice of arrival
 * (R-020, R-022, treaty exemptions ), registration of permit holders,
 * fingerprinting and photographing, the medical examination and its yearly repeat
 * and the patent application.
 */
final class ArrivalRules {

    private ArrivalRules() {
    }

    static void apply(Evaluation ev) {
        // The latest stay, also after it ended: a deadline missed during it stays missed.
        Stay stay = ev.facts.stays.isEmpty() ? null : ev.facts.stays.get(ev.facts.stays.size() - 1);
        if (stay == null || ev.status.state() == StayState.RUSSIAN_CITIZEN) {
            return;
        }
        Document permit = permitHeld(ev);
        if (permit != null) {
            residenceRegistration(ev, permit);
        } else {
            for (PlaceOfStay arrival : arrivals(ev, stay)) {
                registration(ev, stay, arrival);
            }
        }
        if (permit == null) {
            checksAfterEntry(ev, stay);
        }
        if (ev.inRussia) {
            medicalRepeat(ev);
        }
    }

    private static Document permitHeld(Evaluation ev) {
        Document held = null;
        for (Document d : ev.facts.documents) {
            if ((d.kind() == DocumentKind.RESIDENCE_PERMIT || d.kind() == DocumentKind.TEMPORARY_RESIDENCE_PERMIT)
                    && (d.validUntil() == null || !d.validUntil().isBefore(ev.on))) {
                held = d;
            }
        }
        return held;
    }

    private static List<PlaceOfStay> arrivals(Evaluation ev, Stay stay) {
        List<PlaceOfStay> out = new ArrayList<>(2);
        for (PlaceOfStay p : ev.facts.places) {
            if (!p.arrived().isBefore(stay.entered())) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            out.add(new PlaceOfStay(stay.entered(), Accommodation.DWELLING, stay.ref()));
            ev.warn("arrival-assumed-at-entry", Text.of("regime.t.arrivalAssumed", stay.entered()), Confidence.CONFIRMED, "R-020");
        }
        return out;
    }

    // ---- notice of arrival ----------------------------------------------------------------

    private static void registration(Evaluation ev, Stay stay, PlaceOfStay arrival) {
        LocalDate arrived = arrival.arrived();
        String ref = arrival.ref() != null ? arrival.ref() : stay.ref();
        Evaluation.Due due = ev.due(ObligationKind.MIGRATION_REGISTRATION, ref).party(Party.HOST).atAnOffice()
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.registration"), Confidence.CONFIRMED, "R-020"));
        boolean exempt = exemption(ev, stay, arrived, due);
        if (!exempt) {
            if (arrival.accommodation() == Accommodation.HOTEL) {
                int n = Evaluation.PARAMS.intOn("registration.hotel.workingDays", arrived);
                LocalDate d = Evaluation.CALENDAR.addWorkingDays(arrived, n, true, ev);
                due.reading(d, Text.of("regime.t.reading.hotel"), "R-022")
                        .text(Text.of("regime.t.registration.hotel", arrived, d)).cites("R-022", "R-003");
            } else {
                Parameters.Value v = Evaluation.PARAMS.on("registration.general.workingDays", arrived);
                int n = v.asInt();
                String rule = v.rule().rule();
                LocalDate dayZero = Evaluation.CALENDAR.addWorkingDays(arrived, n, true, ev);
                LocalDate dayOne = Evaluation.CALENDAR.addWorkingDays(arrived.minusDays(1), n, true, ev);
                due.reading(dayOne, Text.of("regime.t.reading.arrivalIsDay1"), rule, "R-003");
                due.reading(dayZero, Text.of("regime.t.reading.arrivalIsDay0"), rule, "R-001", "R-003");
                LocalDate noSaturdays = Evaluation.CALENDAR.addWorkingDays(arrived, n, false, ev);
                if (!noSaturdays.equals(dayZero)) {
                    due.reading(noSaturdays, Text.of("regime.t.reading.workingSaturdayNotCounted"), "R-003");
                    ev.warn("working-saturday-counted", Text.of("regime.t.workingSaturday", dayZero, noSaturdays),
                            Confidence.UNCLEAR, "R-003");
                }
                due.text(Text.of("regime.t.registration", arrived, n, dayOne)).cites(rule, "R-003");
            }
        }
        LocalDate filed = null;
        for (Document d : ev.facts.documents(DocumentKind.ARRIVAL_NOTIFICATION)) {
            if (!d.issued().isBefore(arrived) && filed == null) {
                filed = d.issued();
            }
        }
        LocalDate deadline = due.earliest();
        if (filed == null && stay.left() != null && !stay.left().isAfter(deadline)) {
            return; // a stay shorter than the deadline needs no registration
        }
        due.done(filed).add();
    }

    /** A treaty period without registration, counted from the day of entry. True if one applies. */
    private static boolean exemption(Evaluation ev, Stay stay, LocalDate arrived, Evaluation.Due due) {
        Facts f = ev.facts;
        LocalDate entered = stay.entered();
        String c = f.citizenship;
        boolean worker = stay.purpose() == Purpose.WORK || hasContract(ev);
        Parameters.Value v = null;
        Parameters.Value alt = null;
        boolean firstDayClear = false;
        switch (c) {
            case "UZ" -> {
                v = Evaluation.PARAMS.on("registration.exemption.UZ", entered);
                firstDayClear = true;
            }
            case "TJ" -> v = Evaluation.PARAMS.on("registration.exemption.TJ", entered);
            case "AM" -> v = Evaluation.PARAMS.on("registration.exemption.AM", entered);
            case "KG" -> v = Evaluation.PARAMS.on("registration.exemption.KG", entered);
            case "BY" -> {
                v = Evaluation.PARAMS.on("registration.exemption.BY", entered);
                alt = Evaluation.PARAMS.on("registration.exemption.BY.alternative", entered);
            }
            case "KZ" -> v = worker ? Evaluation.PARAMS.on("registration.exemption.eaeuWorker", entered) : null;
            default -> {
            }
        }
        if (v == null) {
            return false;
        }
        int n = v.asInt();
        LocalDate lastDay = entered.plusDays(n - 1L);
        if (arrived.isAfter(lastDay)) {
            return false; // moved after the treaty period: the general rule applies to the new address
        }
        String rule = v.rule().rule();
        due.reading(lastDay, Text.of("regime.t.reading.entryIsDay1"), rule);
        if (!firstDayClear) {
            due.reading(entered.plusDays(n), Text.of("regime.t.reading.fromNextDay"), rule);
        }
        if (alt != null) {
            due.reading(entered.plusDays(alt.asInt() - 1L), Text.of("regime.t.reading.belarus90"), alt.rule().rule());
        }
        if ("KG".equals(c) && !worker) {
            due.confidence(Confidence.SINGLE_SOURCE);
        }
        if ("BY".equals(c)) {
            due.confidence(Confidence.UNCLEAR);
        }
        due.text(Text.of("regime.t.registration.treaty", entered, n, lastDay)).cites(rule);
        if (!ev.isWorkingDay(lastDay)) {
            ev.warn("treaty-period-no-carry-over", Text.of("regime.t.treatyNoCarryOver", lastDay,
                    Evaluation.CALENDAR.lastWorkingDayOnOrBefore(lastDay, ev)), Confidence.UNCLEAR, rule);
        }
        return true;
    }

    private static boolean hasContract(Evaluation ev) {
        for (Document d : ev.facts.documents) {
            if (d.kind() == DocumentKind.EAEU_WORK_CONTRACT && (d.validUntil() == null || !d.validUntil().isBefore(ev.on))) {
                return true;
            }
        }
        return false;
    }

    private static void residenceRegistration(Evaluation ev, Document permit) {
        LocalDate received = permit.issued();
        int n = Evaluation.PARAMS.intOn("registration.residence.workingDays", received);
        LocalDate dayZero = Evaluation.CALENDAR.addWorkingDays(received, n, true, ev);
        LocalDate dayOne = Evaluation.CALENDAR.addWorkingDays(received.minusDays(1), n, true, ev);
        LocalDate done = null;
        for (Document d : ev.facts.documents(DocumentKind.RESIDENCE_REGISTRATION)) {
            if (!d.issued().isBefore(received) && done == null) {
                done = d.issued();
            }
        }
        ev.due(ObligationKind.RESIDENCE_REGISTRATION, permit.ref()).atAnOffice()
                .reading(dayOne, Text.of("regime.t.reading.arrivalIsDay1"), "R-028")
                .reading(dayZero, Text.of("regime.t.reading.arrivalIsDay0"), "R-028", "R-001")
                .text(Text.of("regime.t.residenceRegistration", received, n, dayOne))
                .cites("R-028", "R-003")
                .done(done)
                .add();
    }

    // ---- fingerprinting, medical examination, patent application ---------------------------

    private static void checksAfterEntry(Evaluation ev, Stay stay) {
        Facts f = ev.facts;
        LocalDate entered = stay.entered();
        Parameters.Value work = Evaluation.PARAMS.on("biometrics.workDays", entered);
        if (work == null || "BY".equals(f.citizenship)) {
            return; // before 274-FZ, or exempt
        }
        if (f.birthDate != null && entered.isBefore(f.birthDate.plusYears(Evaluation.PARAMS.intOn("biometrics.exemptBelowAge", entered)))) {
            return;
        }
        boolean working = stay.purpose() == Purpose.WORK;
        if (stay.purpose() == null) {
            ev.unknown("purpose-missing", Text.of("regime.t.unknown.purpose"), "R-032", "R-033");
            working = true; // the shorter window is the safe assumption
        }
        int days;
        if (working) {
            days = work.asInt();
        } else if (longStayGround(ev, stay)) {
            days = Evaluation.PARAMS.intOn("biometrics.otherDays", entered);
        } else {
            return; // a short non-work visit: no checks
        }
        LocalDate day1 = entered.plusDays(days - 1L);
        LocalDate next = entered.plusDays(days);
        if (stay.left() != null && stay.left().isBefore(day1)) {
            return; // left before the checks fell due
        }
        LocalDate applied = null;
        for (Document d : f.documents(DocumentKind.PATENT_APPLICATION)) {
            if (!d.issued().isBefore(entered) && applied == null) {
                applied = d.issued();
            }
        }
        // Fingerprinting and photographing.
        Evaluation.Due fp = ev.due(ObligationKind.FINGERPRINTING, stay.ref()).atAnOffice()
                .reading(day1, Text.of("regime.t.reading.entryIsDay1"), "R-032")
                .reading(next, Text.of("regime.t.reading.fromNextDay"), "R-032")
                .text(Text.of("regime.t.fingerprinting", entered, days, day1))
                .cites("R-032")
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.checks"), Confidence.CONFIRMED, "R-032", "R-114"));
        if (working && applied != null && applied.isBefore(day1)) {
            fp.reading(applied, Text.of("regime.t.reading.onPatentApplication"), "R-032");
        }
        Document prints = f.latest(DocumentKind.FINGERPRINT_REGISTRATION);
        fp.done(prints == null ? null : prints.issued()).add();
        // Medical examination; the bill R-043 would shorten the 90-day window.
        Document medical = null;
        for (Document d : f.documents(DocumentKind.MEDICAL_CERTIFICATE)) {
            if (d.issued().plusMonths(Evaluation.PARAMS.intOn("medical.validityMonths", d.issued())).isAfter(entered)) {
                medical = medical == null ? d : medical;
            }
        }
        ev.due(ObligationKind.MEDICAL_EXAMINATION, stay.ref()).atAnOffice()
                .reading(day1, Text.of("regime.t.reading.entryIsDay1"), "R-033")
                .reading(next, Text.of("regime.t.reading.fromNextDay"), "R-033")
                .text(Text.of("regime.t.medical", entered, days, day1))
                .cites("R-033")
                .done(medical == null ? null : medical.issued())
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.checks"), Confidence.CONFIRMED, "R-033", "R-114"))
                .add();
        ev.bill("R-043");
        if (working && !f.isEaeu() && !onVisa(ev, stay)) {
            patentApplication(ev, stay, applied);
        }
        if (!ev.isWorkingDay(day1)) {
            ev.warn("checks-no-carry-over", Text.of("regime.t.checksNoCarryOver", day1), Confidence.UNCLEAR, "R-032", "R-033");
        }
    }

    private static void patentApplication(Evaluation ev, Stay stay, LocalDate applied) {
        LocalDate entered = stay.entered();
        int days = Evaluation.PARAMS.intOn("patent.applicationDays", entered);
        Evaluation.Due due = ev.due(ObligationKind.PATENT_APPLICATION, stay.ref()).atAnOffice()
                .reading(entered.plusDays(days - 1L), Text.of("regime.t.reading.entryIsDay1"), "R-031")
                .reading(entered.plusDays(days), Text.of("regime.t.reading.fromNextDay"), "R-031")
                .text(Text.of("regime.t.patentApplication", entered, days, entered.plusDays(days - 1L)))
                .cites("R-031", "R-030")
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.patentLate"), Confidence.SINGLE_SOURCE, "R-031"));
        boolean patentInStay = false;
        for (Document d : ev.facts.documents(DocumentKind.PATENT)) {
            patentInStay |= !d.issued().isBefore(entered);
        }
        if (applied != null) {
            due.done(applied);
        } else if (patentInStay) {
            due.doneWithoutDate();
        }
        due.add();
    }

    private static boolean onVisa(Evaluation ev, Stay stay) {
        for (Document v : ev.facts.documents(DocumentKind.VISA)) {
            if (!stay.entered().isBefore(v.issued()) && v.validUntil() != null && !stay.entered().isAfter(v.validUntil())) {
                return true;
            }
        }
        return false;
    }

    /** Whether this non-work stay may last beyond 90 days (a long visa or another ground). */
    private static boolean longStayGround(Evaluation ev, Stay stay) {
        for (Document d : ev.facts.documents) {
            switch (d.kind()) {
                case VISA -> {
                    if (d.validUntil() != null && d.validUntil().isAfter(stay.entered().plusDays(90))) {
                        return true;
                    }
                }
                case STUDY, RESIDENCE_APPLICATION, FAMILY_OF_RUSSIAN_RESIDENT, COMPATRIOT_PROGRAMME -> {
                    if (d.validUntil() == null || d.validUntil().isAfter(stay.entered().plusDays(90))) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static void medicalRepeat(Evaluation ev) {
        Document last = ev.facts.latest(DocumentKind.MEDICAL_CERTIFICATE);
        if (last == null) {
            return;
        }
        LocalDate expires = last.issued().plusMonths(Evaluation.PARAMS.intOn("medical.validityMonths", last.issued())).minusDays(1);
        if (ev.on.isBefore(expires.minusDays(60))) {
            return; // not yet near
        }
        int days = Evaluation.PARAMS.intOn("medical.repeatDays", expires);
        ev.due(ObligationKind.MEDICAL_REPEAT, last.ref()).atAnOffice()
                .reading(expires.plusDays(days), Text.of("regime.t.reading.afterExpiry"), "R-034")
                .text(Text.of("regime.t.medicalRepeat", expires, days, expires.plusDays(days)))
                .confidence(Confidence.SINGLE_SOURCE)
                .cites("R-034", "R-033")
                .add();
    }
}
