package org.rightsdesk.regime;

import java.time.LocalDate;

/**
 * The naturalised man's two weeks to register for military service, with its three
 * readings of what starts them (acquisition, passport, residence registration) and of the
 * holiday carry-over; missing it is a ground to terminate the acquired citizenship.
 */
final class MilitaryRules {

    private MilitaryRules() {
    }

    static void apply(Evaluation ev) {
        Naturalisation n = ev.facts.naturalisation;
        if (n == null) {
            return;
        }
        if (ev.facts.sex == null) {
            ev.unknown("sex-missing", Text.of("regime.t.unknown.sex"), "R-101");
            return;
        }
        if (ev.facts.sex != Sex.MALE) {
            return;
        }
        LocalDate acquired = n.acquired();
        int days = Evaluation.PARAMS.intOn("military.registrationDays", acquired);
        LocalDate fromNext = acquired.plusDays(days);
        Evaluation.Due due = ev.due(ObligationKind.MILITARY_REGISTRATION, null).atAnOffice()
                .reading(acquired.plusDays(days - 1L), Text.of("regime.t.reading.acquiredIsDay1"), "R-101")
                .reading(fromNext, Text.of("regime.t.reading.fromAcquisition"), "R-101");
        LocalDate carried = Evaluation.CALENDAR.nextWorkingDayOnOrAfter(fromNext, ev);
        if (!carried.equals(fromNext)) {
            due.reading(carried, Text.of("regime.t.reading.carryOver"), "R-101", "R-001");
        }
        if (n.passportReceived() != null && !n.passportReceived().equals(acquired)) {
            due.reading(n.passportReceived().plusDays(days), Text.of("regime.t.reading.fromPassport"), "R-101");
        }
        if (n.residenceRegistered() != null) {
            due.reading(n.residenceRegistered().plusDays(days), Text.of("regime.t.reading.fromResidence"), "R-101");
        } else {
            ev.unknown("residence-registration-missing", Text.of("regime.t.unknown.residenceRegistration"), "R-101");
        }
        LocalDate safe = due.earliest();
        due.text(Text.of("regime.t.military", acquired, safe))
                .cites("R-101", "R-100")
                .confidence(Confidence.UNCLEAR)
                .done(n.militaryRegistered());
        if (Evaluation.PARAMS.flagOn("military.citizenshipTermination", safe)) {
            due.ifMissed(Evaluation.consequence(Text.of("regime.t.csq.citizenship"), Confidence.CONFIRMED, "R-100", "R-102"));
        }
        due.add();
        ev.bill("R-103");
        if (ev.facts.birthDate == null) {
            ev.unknown("birth-date-missing", Text.of("regime.t.unknown.age"), "R-101");
        }
        ev.warn("military-online-route", Text.of("regime.t.militaryOnline"), Confidence.UNCLEAR, "R-101");
    }
}
