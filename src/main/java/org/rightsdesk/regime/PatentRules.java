package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * Patent deadlines for the latest patent: the next advance payment (R-035–R-037, the day
 * before the monthly anniversary as the safe reading), the end after a late payment
 * the contract copy within two months and re-issue 10 working days before
 * the 12 months run out.
 */
final class PatentRules {

    private PatentRules() {
    }

    static void apply(Evaluation ev) {
        if (ev.patents.isEmpty()) {
            return;
        }
        ev.bill("R-042");
        PatentChain p = ev.patents.get(ev.patents.size() - 1);
        String ref = p.patent.ref();
        LocalDate on = ev.on;
        if (p.paidThrough == null) {
            ev.unknown("patent-unpaid", Text.of("regime.t.unknown.patentUnpaid", p.patent.issued()), "R-035", "R-036");
            return;
        }
        contractNotice(ev, p);
        if (p.late != null) {
            latePayment(ev, p);
        } else if (!p.fullyPaid()) {
            nextPayment(ev, p); // open while paid, missed once the paid period has run out unpaid
        }
        if (p.late == null) {
            reissue(ev, p);
        }
        if (!p.validOn(on) && !ev.facts.isEaeu()) {
            ev.restrict(RestrictionKind.WORK, RestrictionStatus.IN_FORCE, p.endedFrom(), null,
                    Text.of("regime.t.noWork", p.endedFrom()), List.of(), Confidence.CONFIRMED, "R-036", "R-030");
        }
        for (PatentPayment beyond : p.beyondMaximum) {
            ev.warn("payment-beyond-12-months", Text.of("regime.t.paymentBeyondMax", beyond.paidOn()), Confidence.CONFIRMED, "R-035");
        }
        if (!p.afterEnd.isEmpty()) {
            ev.warn("payments-after-patent-ended", Text.of("regime.t.paymentsAfterEnd", p.afterEnd.size(), p.endedFrom()),
                    Confidence.CONFIRMED, "R-036");
        }
    }

    private static void nextPayment(Evaluation ev, PatentChain p) {
        LocalDate last = p.paidThrough;
        ev.due(ObligationKind.PATENT_PAYMENT, p.patent.ref())
                .reading(last, Text.of("regime.t.reading.dayBeforeAnniversary"), "R-037", "R-036")
                .reading(last.plusDays(1), Text.of("regime.t.reading.anniversary"), "R-037")
                .text(Text.of("regime.t.pay", last, last.plusDays(1)))
                .cites("R-035", "R-036", "R-037")
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.patentEnds", last.plusDays(1)), Confidence.CONFIRMED, "R-036"))
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.stayBasisEnds"), Confidence.CONFIRMED, "R-041", "R-051"))
                .add();
        ev.warn("pay-early", Text.of("regime.t.payEarly"), Confidence.UNCLEAR, "R-037");
    }

    private static void latePayment(Evaluation ev, PatentChain p) {
        LocalDate last = p.paidThrough;
        LocalDate ended = last.plusDays(1);
        ev.due(ObligationKind.PATENT_PAYMENT, p.patent.ref())
                .reading(last, Text.of("regime.t.reading.dayBeforeAnniversary"), "R-037", "R-036")
                .reading(ended, Text.of("regime.t.reading.anniversary"), "R-037")
                .text(Text.of("regime.t.payLate", last, p.late.paidOn(), ended))
                .done(p.late.paidOn())
                .cites("R-035", "R-036", "R-037")
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.patentEnds", ended), Confidence.CONFIRMED, "R-036"))
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.stayBasisEnds"), Confidence.CONFIRMED, "R-041", "R-051"))
                .add();
        if (p.late.paidOn().equals(ended)) {
            ev.warn("late-payment-arguable", Text.of("regime.t.latePaymentArguable", ended), Confidence.UNCLEAR, "R-037");
        }
    }

    private static void contractNotice(Evaluation ev, PatentChain p) {
        LocalDate issued = p.patent.issued();
        int months = Evaluation.PARAMS.intOn("patent.contractNoticeMonths", issued);
        LocalDate monthEnd = issued.plusMonths(months);
        LocalDate done = null;
        for (Document d : ev.facts.documents(DocumentKind.CONTRACT_NOTICE)) {
            if (!d.issued().isBefore(issued) && done == null) {
                done = d.issued();
            }
        }
        ev.due(ObligationKind.PATENT_CONTRACT_NOTICE, p.patent.ref())
                .atAnOffice()
                .reading(monthEnd.minusDays(1), Text.of("regime.t.reading.issueDayIsDay1"), "R-040")
                .reading(monthEnd, Text.of("regime.t.reading.monthPeriod"), "R-040", "R-001")
                .text(Text.of("regime.t.contractNotice", issued, months))
                .cites("R-040")
                .done(done)
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.patentAnnulled"), Confidence.CONFIRMED, "R-040"))
                .add();
    }

    private static void reissue(Evaluation ev, PatentChain p) {
        LocalDate issued = p.patent.issued();
        Parameters.Value days = Evaluation.PARAMS.on("patent.reissueWorkingDaysBefore", issued);
        if (days == null) {
            return;
        }
        LocalDate end = p.maximumEnd();
        int n = days.asInt();
        LocalDate due = Evaluation.CALENDAR.workingDaysBefore(end, n, ev);
        LocalDate alt = Evaluation.CALENDAR.workingDaysBefore(end.plusDays(1), n, ev);
        if (p.paidThrough.isBefore(due) && p.paidThrough.isBefore(ev.on)) {
            return; // the patent lapsed unpaid before re-issue could matter
        }
        ev.due(ObligationKind.PATENT_REISSUE, p.patent.ref())
                .atAnOffice()
                .reading(due, Text.of("regime.t.reading.reissueEnd", end), "R-039", "R-035")
                .reading(alt, Text.of("regime.t.reading.reissueEndAlt", end.plusDays(1)), "R-039", "R-035")
                .text(Text.of("regime.t.reissue", due, end, n))
                .cites("R-039", "R-035", "R-003")
                .ifMissed(Evaluation.consequence(Text.of("regime.t.csq.reissueMissed", end), Confidence.CONFIRMED, "R-039"))
                .add();
    }
}
