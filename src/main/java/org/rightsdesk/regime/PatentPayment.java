package org.rightsdesk.regime;

import java.time.LocalDate;

/**
 * A fixed advance payment of income tax for a patent. The advance paid to obtain the
 * patent is recorded as a payment dated on the patent's issue date. A payment belongs to the
 * latest patent issued on or before it.
 *
 * @param paidOn day the payment was made (required; not before the patent's issue date)
 * @param months how many months it pays for, 1 to 12
 */
public record PatentPayment(LocalDate paidOn, int months) {
}
