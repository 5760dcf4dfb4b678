package org.rightsdesk.regime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The Russian federal production calendar (five-day week) for the years it knows
 * ({@code calendar.json}, from {@code regime/calendar.md}): holidays and transferred days off
 * are non-working, working Saturdays are working. One boolean per day, so a
 * working-day count costs a few array reads.
 *
 * <p>Outside the known years nothing is guessed silently: the day is judged by the weekday
 * alone and the {@link Trace} is told, so the assessment carries an explicit warning.
 */
final class ProductionCalendar {

    /** Told about every day the calendar had to judge without knowing its year. */
    interface Trace {
        void outsideCalendar(LocalDate day);
    }

    private final LocalDate first;
    private final long firstEpoch;
    private final LocalDate last;
    private final boolean[] working;
    private final boolean[] workingSaturday;
    private final List<String> bases = new ArrayList<>();

    ProductionCalendar(JsonNode doc) {
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        for (JsonNode y : doc.get("years").values()) {
            firstYear = Math.min(firstYear, y.get("year").asInt());
            lastYear = Math.max(lastYear, y.get("year").asInt());
        }
        first = LocalDate.of(firstYear, 1, 1);
        firstEpoch = first.toEpochDay();
        last = LocalDate.of(lastYear, 12, 31);
        int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        working = new boolean[days];
        workingSaturday = new boolean[days];
        for (int i = 0; i < days; i++) {
            working[i] = !isWeekend(first.plusDays(i));
        }
        int seenYears = 0;
        for (JsonNode y : doc.get("years").values()) {
            seenYears++;
            bases.add(y.get("year").asInt() + ": " + y.get("basis").asString());
            for (JsonNode d : y.get("nonWorkingWeekdays").values()) {
                working[index(LocalDate.parse(d.asString()))] = false;
            }
            for (JsonNode d : y.get("workingWeekends").values()) {
                int i = index(LocalDate.parse(d.asString()));
                working[i] = true;
                workingSaturday[i] = true;
            }
        }
        if (seenYears != lastYear - firstYear + 1) {
            throw new IllegalStateException("calendar.json must list consecutive years");
        }
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    boolean knows(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    boolean isWorkingDay(LocalDate day, Trace trace) {
        return isWorking(day.toEpochDay(), trace);
    }

    boolean isWorkingSaturday(LocalDate day) {
        return isWorkingSaturday(day.toEpochDay());
    }

    // The arithmetic below runs on epoch days (no LocalDate per step): it is on every assessment's path.

    private boolean isWorking(long epochDay, Trace trace) {
        long i = epochDay - firstEpoch;
        if (i >= 0 && i < working.length) {
            return working[(int) i];
        }
        trace.outsideCalendar(LocalDate.ofEpochDay(epochDay));
        return !isWeekend(epochDay);
    }

    private boolean isWorkingSaturday(long epochDay) {
        long i = epochDay - firstEpoch;
        return i >= 0 && i < working.length && workingSaturday[(int) i];
    }

    /** The n-th working day after {@code start} (start itself not counted). */
    LocalDate addWorkingDays(LocalDate start, int n, boolean countWorkingSaturdays, Trace trace) {
        long d = start.toEpochDay();
        int counted = 0;
        while (counted < n) {
            d++;
            if (isWorking(d, trace) && (countWorkingSaturdays || !isWorkingSaturday(d))) {
                counted++;
            }
        }
        return LocalDate.ofEpochDay(d);
    }

    /** Counting back from the day before {@code end}, the n-th working day ("n working days before end"). */
    LocalDate workingDaysBefore(LocalDate end, int n, Trace trace) {
        long d = end.toEpochDay();
        int counted = 0;
        while (counted < n) {
            d--;
            if (isWorking(d, trace)) {
                counted++;
            }
        }
        return LocalDate.ofEpochDay(d);
    }

    LocalDate nextWorkingDayOnOrAfter(LocalDate day, Trace trace) {
        long d = day.toEpochDay();
        while (!isWorking(d, trace)) {
            d++;
        }
        return d == day.toEpochDay() ? day : LocalDate.ofEpochDay(d);
    }

    LocalDate lastWorkingDayOnOrBefore(LocalDate day, Trace trace) {
        long d = day.toEpochDay();
        while (!isWorking(d, trace)) {
            d--;
        }
        return d == day.toEpochDay() ? day : LocalDate.ofEpochDay(d);
    }

    /** Whether a working Saturday lies in (start, end]. */
    boolean hasWorkingSaturday(LocalDate start, LocalDate end) {
        for (long d = start.toEpochDay() + 1; d <= end.toEpochDay(); d++) {
            if (isWorkingSaturday(d)) {
                return true;
            }
        }
        return false;
    }

    int workingDaysIn(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (working[index(d)]) {
                n++;
            }
        }
        return n;
    }

    List<String> bases() {
        return List.copyOf(bases);
    }

    private int index(LocalDate day) {
        return (int) (day.toEpochDay() - firstEpoch);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek w = day.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    /** 1970-01-01 (epoch day 0) was a Thursday: Monday is 0 in (epochDay + 3) mod 7. */
    private static boolean isWeekend(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) >= 5;
    }
}
