package org.rightsdesk.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date or period a figure is "as of", written the way sources and the corpus write it:
 * a day, a month ({@code 2026-01}), a year, a quarter ({@code 2024-Q1}), a half ({@code 2025-H1})
 * or an interval of those ({@code 2025-04/2025-08}). Kept as written, with its first and last day.
 */
public record AsOf(String label, LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

    public static AsOf parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash > 0) {
            LocalDate[] a = bounds(t.substring(0, slash));
            LocalDate[] b = bounds(t.substring(slash + 1));
            if (b[1].isBefore(a[0])) {
                throw new MonitorProblem("asOf.order", "as_of: '" + t + "' ends before it starts", t);
            }
            return new AsOf(t, a[0], b[1]);
        }
        LocalDate[] r = bounds(t);
        return new AsOf(t, r[0], r[1]);
    }

    private static LocalDate[] bounds(String s) {
        String t = s.strip();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1);
            return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        Matcher h = HALF.matcher(t);
        if (h.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(h.group(1)), h.group(2).equals("1") ? 1 : 7);
            return new LocalDate[] {first.atDay(1), first.plusMonths(5).atEndOfMonth()};
        }
        Object[] r = Dates.range(t, "as_of");
        return new LocalDate[] {(LocalDate) r[0], (LocalDate) r[1]};
    }
}
