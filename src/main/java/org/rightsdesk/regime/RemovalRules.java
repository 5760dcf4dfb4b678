package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Expulsion rulings and deportation decisions: the appeal deadline (10 sutki until
 * 2024-10-28, R-070; 10 days moved off non-working days from 2024-10-29, R-071, with both
 * readings for periods running across the change), departure on one's own,
 * limits on detention and the entry ban after removal.
 */
final class RemovalRules {

    private static final LocalDate NEW_APPEAL_RULE = RegimeData.RULES.get("R-071").inForceFrom();

    private RemovalRules() {
    }

    static void apply(Evaluation ev) {
        List<ExpulsionRuling> rulings = ev.facts.rulings;
        for (int i = 0; i < rulings.size(); i++) {
            ExpulsionRuling r = rulings.get(i);
            LocalDate appealDue = null;
            if (r.kind() == RulingKind.DEPORTATION) {
                ev.unknown("deportation-appeal-unsourced", Text.of("regime.t.unknown.deportationAppeal", r.decided()), "R-077");
            } else {
                if (r.kind() == RulingKind.POLICE_EXPULSION && !Evaluation.PARAMS.flagOn("expulsion.byPolice", r.decided())) {
                    ev.warn("police-expulsion-before-2025", Text.of("regime.t.policeBefore2025", r.decided()),
                            Confidence.CONFIRMED, "R-067");
                }
                if (r.kind() == RulingKind.POLICE_EXPULSION) {
                    ev.warn("police-expulsion-appeal-route", Text.of("regime.t.policeAppealRoute"), Confidence.UNCLEAR,
                            "R-071", "R-067");
                }
                appealDue = appeal(ev, r);
            }
            if (r.forced() || r.detained()) {
                detention(ev, r);
            } else if (r.kind() != RulingKind.DEPORTATION) {
                selfDeparture(ev, r, appealDue);
            }
            StayRules.markRegistryGround(ev, r.decided(), Text.of("regime.t.ground.ruling", r.kind(), r.decided()));
            entryBan(ev, r, i + 1);
        }
    }

    /** The appeal deadline of a KoAP ruling; returns the safe date, or null without a service date. */
    private static LocalDate appeal(Evaluation ev, ExpulsionRuling r) {
        if (r.served() == null) {
            ev.unknown("ruling-service-date-missing", Text.of("regime.t.unknown.served", r.decided()), "R-071");
            return null;
        }
        LocalDate served = r.served();
        LocalDate periodStart = served.plusDays(1);
        int days = Evaluation.PARAMS.intOn("appeal.expulsion.days", periodStart);
        LocalDate tenth = served.plusDays(days);
        boolean oldRule = !Evaluation.PARAMS.flagOn("appeal.expulsion.movesOffNonWorkingDay", periodStart);
        Evaluation.Due due = ev.due(ObligationKind.EXPULSION_APPEAL, r.ref()).atAnOffice();
        if (oldRule && tenth.isBefore(NEW_APPEAL_RULE)) {
            due.reading(tenth, Text.of("regime.t.reading.sutki"), "R-070", "R-001").cites("R-070", "R-001")
                    .text(Text.of("regime.t.appealSutki", served, days, tenth));
        } else {
            LocalDate moved = Evaluation.CALENDAR.nextWorkingDayOnOrAfter(tenth, ev);
            if (oldRule) {
                due.reading(tenth, Text.of("regime.t.reading.sutkiTransition"), "R-070", "R-001");
                if (!moved.equals(tenth)) {
                    due.reading(moved, Text.of("regime.t.reading.newWordingTransition"), "R-071", "R-001");
                }
                due.cites("R-070", "R-071", "R-001").confidence(Confidence.UNCLEAR)
                        .text(Text.of("regime.t.appealTransition", served, tenth, moved));
            } else {
                due.reading(moved, Text.of(moved.equals(tenth) ? "regime.t.reading.days" : "regime.t.reading.daysMoved", tenth),
                        "R-071", "R-001").cites("R-071", "R-001")
                        .text(Text.of("regime.t.appeal", served, days, moved));
            }
        }
        due.done(r.appealFiled())
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.rulingFinal"), Confidence.UNCLEAR, "R-074"))
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.restorePeriod"), Confidence.CONFIRMED, "R-071"));
        Obligation o = due.add();
        if (r.detained()) {
            ev.warn("detainee-complaint-one-day", Text.of("regime.t.detaineeComplaint"), Confidence.UNCLEAR, "R-072");
        }
        return o.due();
    }

    private static void detention(Evaluation ev, ExpulsionRuling r) {
        LocalDate decided = r.decided();
        if (r.kind() == RulingKind.COURT_EXPULSION) {
            int days = Evaluation.PARAMS.intOn("detention.courtDays", decided);
            int years = Evaluation.PARAMS.intOn("detention.totalYears", decided);
            ev.due(ObligationKind.DETENTION_LIMIT, r.ref()).party(Party.AUTHORITY)
                    .reading(decided.plusDays(days - 1L), Text.of("regime.t.reading.rulingDayIsDay1"), "R-076")
                    .reading(decided.plusDays(days), Text.of("regime.t.reading.fromNextDay"), "R-076")
                    .text(Text.of("regime.t.detention", decided, days, decided.plusDays(days - 1L), years, decided.plusYears(years)))
                    .cites("R-076")
                    .confidence(Confidence.UNCLEAR)
                    .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.detentionUnlawful"), Confidence.CONFIRMED, "R-076"))
                    .add();
        } else if (Evaluation.PARAMS.on("detention.withoutCourtHours", decided) != null) {
            int hours = Evaluation.PARAMS.intOn("detention.withoutCourtHours", decided);
            ev.due(ObligationKind.DETENTION_LIMIT, r.ref()).party(Party.AUTHORITY)
                    .reading(decided.plusDays(hours / 24), Text.of("regime.t.reading.hours", hours), "R-068")
                    .text(Text.of("regime.t.detentionNoCourt", hours, decided.plusDays(hours / 24)))
                    .cites("R-068")
                    .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.detentionUnlawful"), Confidence.CONFIRMED, "R-068"))
                    .add();
        }
    }

    private static void selfDeparture(Evaluation ev, ExpulsionRuling r, LocalDate appealDue) {
        if (r.served() == null) {
            return;
        }
        int days = Evaluation.PARAMS.intOn("expulsion.selfDepartureDays", r.decided());
        Evaluation.Due due = ev.due(ObligationKind.SELF_DEPARTURE_AFTER_EXPULSION, r.ref())
                .reading(r.served().plusDays(days), Text.of("regime.t.reading.fromReceipt"), "R-073")
                .text(Text.of("regime.t.selfDeparture", days, r.served().plusDays(days)))
                .cites("R-073", "R-074")
                .confidence(Confidence.UNCLEAR)
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.selfDeparture"), Confidence.CONFIRMED, "R-073"));
        if (appealDue != null) {
            due.reading(appealDue.plusDays(days), Text.of("regime.t.reading.fromEntryIntoForce", appealDue.plusDays(1)), "R-073", "R-074");
        }
        LocalDate left = departureAfter(ev, r.decided());
        due.done(left).add();
    }

    private static LocalDate departureAfter(Evaluation ev, LocalDate day) {
        for (Stay s : ev.facts.stays) {
            if (s.left() != null && !s.left().isBefore(day)) {
                return s.left();
            }
        }
        return null;
    }

    private static void entryBan(Evaluation ev, ExpulsionRuling r, int removalsSoFar) {
        int years = Evaluation.PARAMS.intOn(removalsSoFar > 1 ? "entryBan.repeatedExpulsionYears" : "entryBan.expulsionYears",
                r.decided());
        LocalDate left = departureAfter(ev, r.decided());
        if (left == null) {
            ev.restrict(RestrictionKind.ENTRY_BAN, RestrictionStatus.PENDING, null, null,
                    Text.of("regime.t.banAfterRemoval", years), List.of(), Confidence.CONFIRMED, "R-077");
            return;
        }
        LocalDate anniversary = left.plusYears(years);
        if (!anniversary.plusDays(1).isAfter(ev.on)) {
            return;
        }
        List<LocalDate> dates = new ArrayList<>(List.of(anniversary.plusDays(1), anniversary));
        List<Text> why = List.of(Text.of("regime.t.reading.anniversaryIsLastDay"), Text.of("regime.t.reading.anniversaryIsFree"));
        Text text = Text.of("regime.t.banRemoval", left, years);
        ev.allowedFrom(AllowedFromKind.ENTRY_AFTER_BAN, r.ref(), text, Confidence.CONFIRMED, Evaluation.cite("R-077"), dates, why,
                List.of(Evaluation.cite("R-077"), Evaluation.cite("R-077")), -1);
        ev.restrict(RestrictionKind.ENTRY_BAN, RestrictionStatus.IN_FORCE, left, anniversary, text, List.of(),
                Confidence.CONFIRMED, "R-077");
    }
}
