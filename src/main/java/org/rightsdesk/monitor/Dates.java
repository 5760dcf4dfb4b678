package org.rightsdesk.monitor;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict reading of the dates monitors type: {@code 2024-03-28}, {@code 2024-03} or {@code 2024}.
 * A date that does not exist (31 February) is refused with a sentence that says why, rather than
 * quietly moved to the end of the month as lenient parsers do.
 */
public final class Dates {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Dates() {
    }

    /** A full date; {@code field} names the form field or column in the message. */
    public static LocalDate day(String text, String field) {
        String t = text == null ? "" : text.trim();
        Matcher m = DAY.matcher(t);
        if (!m.matches()) {
            throw new MonitorProblem("date.format", field + ": '" + t + "' is not a date (expected YYYY-MM-DD)", field, t);
        }
        return checkedDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), field, t);
    }

    /** Nullable variant of {@link #day}. */
    public static LocalDate optionalDay(String text, String field) {
        return text == null || text.isBlank() ? null : day(text, field);
    }

    /** The first and last day of what {@code text} names: a day, a month or a year. Element 2 is the precision. */
    static Object[] range(String text, String field) {
        String t = text.trim();
        int[] ymd = plainDay(t);
        if (ymd != null) { // the common YYYY-MM-DD without a regex match (imports read hundreds of thousands)
            LocalDate day = checkedDay(ymd[0], ymd[1], ymd[2], field, t);
            return new Object[] {day, day, DatePrecision.DAY};
        }
        Matcher d = DAY.matcher(t);
        if (d.matches()) {
            LocalDate day = checkedDay(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)), field, t);
            return new Object[] {day, day, DatePrecision.DAY};
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            YearMonth ym = checkedMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), field, t);
            return new Object[] {ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH};
        }
        if (YEAR.matcher(t).matches()) {
            int y = Integer.parseInt(t);
            return new Object[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR};
        }
        throw new MonitorProblem("date.format", field + ": '" + t + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)", field, t);
    }

    /** Year, month and day of text that {@link #DAY} matches with two-digit month and day; null for anything else. */
    private static int[] plainDay(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        return year < 0 || month < 0 || day < 0 ? null : new int[] {year, month, day};
    }

    /** The ASCII digits from {@code from} to {@code to} as a number; -1 if any is not one. */
    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static YearMonth checkedMonth(int year, int month, String field, String text) {
        if (month < 1 || month > 12) {
            throw new MonitorProblem("date.month", field + ": '" + text + "' has no month " + month, field, text, month);
        }
        return YearMonth.of(year, month);
    }

    private static LocalDate checkedDay(int year, int month, int day, String field, String text) {
        YearMonth ym = checkedMonth(year, month, field, text);
        if (day < 1 || day > ym.lengthOfMonth()) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw new MonitorProblem("date.day", field + ": '" + text + "' does not exist (" + monthName + " " + year
                    + " has " + ym.lengthOfMonth() + " days)", field, text, ym.lengthOfMonth());
        }
        return ym.atDay(day);
    }
}
