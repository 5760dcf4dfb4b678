package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * The controlled persons register (from 2025-02-05, R-050): whether the person is (or is
 * likely to be) listed on the evaluation day, the restrictions that follow,
 * the duties of a listed person, how to get off it and the 2025
 * regularisation window. MVD sends no letter, so without a check a listing
 * that MVD makes automatically is reported as likely, not as certain.
 */
final class RegistryRules {

    static final LocalDate REGISTRY_FROM = RegimeData.RULES.get("R-050").inForceFrom();
    static final LocalDate REGULARISATION_END = RegimeData.RULES.get("R-064").inForceTo();
    private static final LocalDate REGULARISATION_START = RegimeData.RULES.get("R-064").inForceFrom();

    private RegistryRules() {
    }

    static boolean registryExists(LocalDate day) {
        return Evaluation.PARAMS.flagOn("registry.inForce", day);
    }

    static void apply(Evaluation ev) {
        LocalDate on = ev.on;
        if (!registryExists(on) || ev.status.state() == StayState.RUSSIAN_CITIZEN) {
            return;
        }
        RegistryCheck check = ev.facts.checks.isEmpty() ? null : ev.facts.checks.get(ev.facts.checks.size() - 1);
        if (!ev.inRussia) {
            if (check != null && check.listed()) {
                ev.warn("registry-left-russia", Text.of("regime.t.registryLeft"), Confidence.CONFIRMED, "R-063", "R-052");
            }
            return;
        }
        LocalDate listedFrom = null;
        RestrictionStatus status = null;
        if (check != null && check.listed()) {
            listedFrom = check.listedSince() != null ? check.listedSince() : check.checkedOn();
            status = RestrictionStatus.IN_FORCE;
            if (check.listedSince() == null) {
                ev.warn("registry-listed-since-unknown", Text.of("regime.t.registryListedAtLeastSince", check.checkedOn()),
                        Confidence.CONFIRMED, "R-052");
            }
        } else if (ev.registryGround != null) {
            listedFrom = ev.registryGround;
            status = RestrictionStatus.LIKELY;
            if (check == null) {
                ev.unknown("registry-not-checked", Text.of("regime.t.unknown.registryNotChecked", ev.registryGround), "R-052", "R-019");
            } else {
                ev.warn("registry-check-again", Text.of("regime.t.registryCheckAgain", check.checkedOn(), ev.registryGround),
                        Confidence.CONFIRMED, "R-052", "R-019");
            }
        }
        if (status == null) {
            return;
        }
        Confidence c = Confidence.CONFIRMED; // the restrictions themselves are confirmed; "likely" is in the status
        ev.restrict(RestrictionKind.MOVEMENT, status, listedFrom, null, Text.of("regime.r.movement"), List.of(), c, "R-053");
        ev.restrict(RestrictionKind.PROPERTY_AND_VEHICLES, status, listedFrom, null, Text.of("regime.r.property"), List.of(), c, "R-054");
        ev.restrict(RestrictionKind.DRIVING, status, listedFrom, null, Text.of("regime.r.driving"), List.of(), c, "R-055");
        int cash = Evaluation.PARAMS.intOn("registry.cashLimitRoubles", on);
        ev.restrict(RestrictionKind.BANKING, status, listedFrom, null, Text.of("regime.r.banking"),
                List.of(Text.of("regime.r.banking.taxes"), Text.of("regime.r.banking.incoming"), Text.of("regime.r.banking.cash", cash)),
                Confidence.UNCLEAR, "R-056");
        ev.restrict(RestrictionKind.MARRIAGE, status, listedFrom, null, Text.of("regime.r.marriage"), List.of(), c, "R-057");
        ev.restrict(RestrictionKind.BUSINESS_REGISTRATION, status, listedFrom, null, Text.of("regime.r.business"), List.of(), c, "R-058");
        ev.restrict(RestrictionKind.CHILDREN_EDUCATION, status, listedFrom, null, Text.of("regime.r.children"), List.of(), c, "R-059");

        ev.due(ObligationKind.CONTROLLED_PERSON_REPORTING, null)
                .text(Text.of("regime.t.controlledDuties"))
                .cites("R-060")
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.regimeBreach"), Confidence.CONFIRMED, "R-061"))
                .add();
        ev.warn("registry-no-letter", Text.of("regime.t.registryNoLetter", listedFrom), Confidence.CONFIRMED, "R-052", "R-050");
        ev.warn("registry-way-out", Text.of("regime.t.registryWayOut"), Confidence.CONFIRMED, "R-063");
        if (!on.isBefore(REGULARISATION_START) && !on.isAfter(REGULARISATION_END)) {
            LocalDate firstEnd = Evaluation.PARAMS.history("registry.regularisationWindowEnd").get(0).asDate();
            ev.warn("regularisation-window", Text.of("regime.t.regularisation", firstEnd, REGULARISATION_END),
                    Confidence.CONFIRMED, "R-064");
        }
    }
}
