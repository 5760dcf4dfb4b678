package org.rightsdesk.regime;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * School admission of the person's children since 2025-04-01: lawful stay and a Russian test
 * the documents, the school's 5-working-day check, the
 * three-month wait before a re-test and its relaxations, and the reporting to
 * MVD from 2026-01-28.
 */
final class SchoolRules {

    private SchoolRules() {
    }

    static void apply(Evaluation ev) {
        for (Child c : ev.facts.children) {
            if (c.schoolApplied() == null && c.testFailedOn() == null) {
                continue;
            }
            child(ev, c);
        }
    }

    private static void child(Evaluation ev, Child c) {
        LocalDate applied = c.schoolApplied() != null ? c.schoolApplied() : c.testFailedOn();
        if (!Evaluation.PARAMS.flagOn("school.testRequired", applied)) {
            return;
        }
        int age = Period.between(c.birthDate(), applied).getYears();
        boolean relaxed = c.exemption() != null && Evaluation.PARAMS.flagOn("school.relaxations", applied);
        boolean noTest = relaxed && (c.exemption() == SchoolTestExemption.TRANSFER_BETWEEN_SCHOOLS
                || c.exemption() == SchoolTestExemption.BASIC_EDUCATION_CERTIFICATE);
        boolean oralOnly = (c.grade() != null && c.grade() == 1) || (relaxed && !noTest);
        ev.warn("school-conditions", Text.of(noTest ? "regime.t.school.noTest" : oralOnly ? "regime.t.school.oral" : "regime.t.school.written"),
                noTest ? Confidence.SINGLE_SOURCE : Confidence.CONFIRMED, "R-090", "R-091", "R-095");
        int fingerprintAge = Evaluation.PARAMS.intOn("school.fingerprintFromAge", applied);
        ev.warn("school-documents", Text.of(age >= fingerprintAge ? "regime.t.school.documentsPrints" : "regime.t.school.documents"),
                Confidence.CONFIRMED, "R-092", "R-059");
        Parameters.Value check = Evaluation.PARAMS.on("school.documentCheckWorkingDays", applied);
        if (c.schoolApplied() != null && check != null) {
            LocalDate answer = Evaluation.CALENDAR.addWorkingDays(c.schoolApplied(), check.asInt(), true, ev);
            {
                ev.due(ObligationKind.SCHOOL_DOCUMENT_CHECK, c.ref()).party(Party.SCHOOL)
                        .reading(answer, Text.of("regime.t.reading.arrivalIsDay0"), "R-093")
                        .text(Text.of("regime.t.school.check", c.schoolApplied(), check.asInt(), answer))
                        .confidence(Confidence.SINGLE_SOURCE)
                        .cites("R-093")
                        .add();
            }
        }
        if (c.testFailedOn() != null && !noTest) {
            retest(ev, c, relaxed);
        }
        if (Evaluation.PARAMS.flagOn("school.reportsToMvd", ev.on)) {
            ev.warn("school-reports-to-mvd", Text.of("regime.t.school.reports"), Confidence.CONFIRMED, "R-097");
        } else {
            ev.warn("school-reports-to-mvd", Text.of("regime.t.school.reportsFrom", RegimeData.RULES.get("R-097").inForceFrom()),
                    Confidence.CONFIRMED, "R-097");
        }
        ev.warn("parents-duty", Text.of("regime.t.school.parentsDuty"), Confidence.CONFIRMED, "R-098");
        ev.bill("R-096");
    }

    private static void retest(Evaluation ev, Child c, boolean relaxed) {
        LocalDate failed = c.testFailedOn();
        if (relaxed) {
            ev.allowedFrom(AllowedFromKind.SCHOOL_RETEST, c.ref(), Text.of("regime.t.school.retestNow", failed),
                    Confidence.CONFIRMED, Evaluation.cite("R-095"), List.of(failed.plusDays(1)),
                    List.of(Text.of("regime.t.reading.noWait")), List.of(Evaluation.cite("R-095")), -1);
            return;
        }
        Parameters.Value wait = Evaluation.PARAMS.on("school.retestMonths", failed);
        if (wait == null) {
            return; // failed before the test rules began
        }
        int months = wait.asInt();
        LocalDate same = failed.plusMonths(months);
        LocalDate strict = same.plusDays(1);
        List<LocalDate> dates = new ArrayList<>(List.of(same, strict));
        List<Text> why = new ArrayList<>(List.of(Text.of("regime.t.reading.sameDay"), Text.of("regime.t.reading.strictMonths")));
        List<List<Citation>> cites = new ArrayList<>(List.of(Evaluation.cite("R-094"), Evaluation.cite("R-094", "R-001")));
        int conditional = -1;
        LocalDate working = Evaluation.CALENDAR.nextWorkingDayOnOrAfter(strict, ev);
        if (!working.equals(strict)) {
            dates.add(working);
            why.add(Text.of("regime.t.reading.testsOnWorkingDays"));
            cites.add(Evaluation.cite("R-094", "R-003"));
            conditional = 2;
        }
        ev.allowedFrom(AllowedFromKind.SCHOOL_RETEST, c.ref(), Text.of("regime.t.school.retest", failed, months, strict),
                Confidence.CONFIRMED, Evaluation.cite("R-094"), dates, why, cites, conditional);
    }
}
