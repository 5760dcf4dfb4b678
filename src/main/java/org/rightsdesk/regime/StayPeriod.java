package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * A stretch of days in Russia on one basis: the legal-stay timeline is a list of these.
 * Periods after the evaluation day are a projection ("if the person stays and nothing
 * changes").
 *
 * @param from      first day
 * @param to        last day
 * @param basis     the ground on these days
 * @param lawful    whether the days are lawful
 * @param projected whether the period lies after the evaluation day
 * @param citations the rules behind it
 */
public record StayPeriod(LocalDate from, LocalDate to, StayBasis basis, boolean lawful, boolean projected,
                         List<Citation> citations) {
}
