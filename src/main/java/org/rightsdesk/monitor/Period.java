package org.rightsdesk.monitor;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When an incident happened, as precisely as the sources allow: a day, a run of days, a month or
 * a year. Month precision runs from the first to the last day of the month (corpus convention),
 * so two reports of "August 2024" and "12 August 2024" overlap.
 */
public record Period(LocalDate from, LocalDate to, DatePrecision precision) {

    public Period {
        if (from == null || to == null || precision == null) {
            throw new IllegalArgumentException("a period needs from, to and precision");
        }
        if (to.isBefore(from)) {
            throw new MonitorProblem("date.order", "date_to: " + to + " is before date_from " + from, to.toString(), from.toString());
        }
    }

    public static Period day(LocalDate day) {
        return new Period(day, day, DatePrecision.DAY);
    }

    /**
     * Reads a period from the three fields of the form or an import file. {@code from} may be a day,
     * a month ({@code 2024-08}) or a year; {@code to} may be blank (same day, month or year) or any of
     * those too; a blank precision is taken from how {@code from} is written. Blank {@code from} means
     * "not known" and gives null.
     */
    public static Period parse(String from, String to, String precision) {
        if (from == null || from.isBlank()) {
            if ((to != null && !to.isBlank())) {
                throw new MonitorProblem("date.toWithoutFrom", "date_to is given but date_from is empty");
            }
            return null;
        }
        Object[] start = Dates.range(from, "date_from");
        Object[] end = to == null || to.isBlank() ? start : Dates.range(to, "date_to");
        DatePrecision p = precision == null || precision.isBlank() ? (DatePrecision) start[2]
                : DatePrecision.fromCode(precision);
        LocalDate f = (LocalDate) start[0];
        LocalDate t = (LocalDate) end[1];
        if (p == DatePrecision.MONTH) {
            f = f.withDayOfMonth(1);
            t = YearMonth.from(t).atEndOfMonth();
        } else if (p == DatePrecision.YEAR) {
            f = f.withDayOfYear(1);
            t = LocalDate.of(t.getYear(), 12, 31);
        }
        return new Period(f, t, p);
    }

    public boolean overlaps(Period other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    /** {@code 2024-03} of the start, used to count incidents per month. */
    public String month() {
        return YearMonth.from(from).toString();
    }

    /** As a person writes it: 2024-03-28, 2024-03-22 – 2024-03-29, 2024-08, 2024. */
    public String label() {
        return switch (precision) {
            case YEAR -> from.getYear() == to.getYear() ? Integer.toString(from.getYear()) : from.getYear() + " – " + to.getYear();
            case MONTH -> YearMonth.from(from).equals(YearMonth.from(to)) ? YearMonth.from(from).toString()
                    : YearMonth.from(from) + " – " + YearMonth.from(to);
            case DAY -> from.equals(to) ? from.toString() : from + " – " + to;
        };
    }
}
