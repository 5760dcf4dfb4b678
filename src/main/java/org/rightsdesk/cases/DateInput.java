package org.rightsdesk.cases;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Reads dates as people type them: ISO ({@code 2026-03-05}, what date fields send) or Russian
 * ({@code 05.03.2026}). Impossible dates (30 February) are refused, not rolled over, and the
 * problem names the field.
 */
public final class DateInput {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private DateInput() {
    }

    /** A required date. */
    public static LocalDate required(String field, String text) {
        LocalDate d = optional(field, text);
        if (d == null) {
            throw new CaseProblem("date_missing", field + ": a date is required", field);
        }
        return d;
    }

    /** An optional date: blank gives null. */
    public static LocalDate optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        LocalDate d;
        try {
            d = t.contains(".") ? LocalDate.parse(t, RUSSIAN) : LocalDate.parse(t, ISO);
        } catch (DateTimeParseException e) {
            throw new CaseProblem("date_invalid", field + ": '" + t + "' is not a real date (use YYYY-MM-DD or DD.MM.YYYY)", field, t);
        }
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw new CaseProblem("date_range", field + ": " + d + " is outside 1900–2100", field, d.toString());
        }
        return d;
    }

    /** An optional time of day, {@code HH:mm}. */
    public static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw new CaseProblem("time_invalid", field + ": '" + text.strip() + "' is not a time (use HH:MM)", field, text.strip());
        }
    }

    /** Refuses a date after {@code today}: facts that have happened cannot be in the future. */
    static void notFuture(String field, LocalDate d, LocalDate today) {
        if (d != null && d.isAfter(today)) {
            throw new CaseProblem("date_future", field + ": " + d + " is in the future", field, d.toString());
        }
    }

    /** Refuses {@code later} before {@code earlier}. */
    static void notBefore(String laterField, LocalDate later, String earlierField, LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new CaseProblem("date_order", laterField + " (" + later + ") cannot be before " + earlierField + " (" + earlier + ")",
                    laterField, later.toString(), earlierField, earlier.toString());
        }
    }
}
