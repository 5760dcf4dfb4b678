package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The paid life of one patent: from the issue date, each advance payment made by
 * the last paid day adds its months, up to 12 months from issue. A payment made after the last
 * paid day is late: the patent ended the day after that day and the payment revives nothing.
 */
final class PatentChain {

    final Document patent;
    final int maxMonths;
    /** Months paid in time. */
    int months;
    /** Last paid day, or null if nothing was paid at issue. */
    LocalDate paidThrough;
    /** The first late payment, if any. */
    PatentPayment late;
    /** Payments beyond the 12-month maximum. */
    final List<PatentPayment> beyondMaximum = new ArrayList<>(1);
    /** Payments after the patent had ended. */
    final List<PatentPayment> afterEnd = new ArrayList<>(1);

    private PatentChain(Document patent, int maxMonths) {
        this.patent = patent;
        this.maxMonths = maxMonths;
    }

    /** The chains of all patents, payments assigned to the latest patent issued on or before them. */
    static List<PatentChain> of(Facts facts) {
        List<PatentChain> chains = new ArrayList<>(2);
        for (Document d : facts.documents) {
            if (d.kind() == DocumentKind.PATENT) {
                chains.add(new PatentChain(d, Evaluation.PARAMS.intOn("patent.maxMonths", d.issued())));
            }
        }
        for (PatentPayment p : facts.payments) {
            PatentChain owner = null;
            for (PatentChain c : chains) {
                if (!c.patent.issued().isAfter(p.paidOn())) {
                    owner = c;
                }
            }
            if (owner != null) {
                owner.pay(p);
            }
        }
        return chains;
    }

    private void pay(PatentPayment p) {
        if (late != null) {
            afterEnd.add(p);
            return;
        }
        LocalDate lastPaid = paidThrough == null ? patent.issued() : paidThrough;
        // The advance for the first months is paid to obtain the patent, i.e. on the issue date.
        if (paidThrough == null ? p.paidOn().isAfter(patent.issued()) : p.paidOn().isAfter(lastPaid)) {
            late = p;
            return;
        }
        int add = Math.min(p.months(), maxMonths - months);
        if (add < p.months()) {
            beyondMaximum.add(p);
        }
        months += add;
        if (months > 0) {
            paidThrough = patent.issued().plusMonths(months).minusDays(1);
        }
    }

    /** Last day of the 12 months on the reading that the issue date is day 1. */
    LocalDate maximumEnd() {
        return patent.issued().plusMonths(maxMonths).minusDays(1);
    }

    /** Whether the patent is paid and not ended on the day. */
    boolean validOn(LocalDate day) {
        return paidThrough != null && !day.isBefore(patent.issued()) && !day.isAfter(paidThrough);
    }

    boolean fullyPaid() {
        return months >= maxMonths;
    }

    /** First day without a valid patent after it was paid: the day after the last paid day. */
    LocalDate endedFrom() {
        return paidThrough == null ? patent.issued() : paidThrough.plusDays(1);
    }
}
