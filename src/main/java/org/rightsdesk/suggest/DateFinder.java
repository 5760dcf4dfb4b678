package org.rightsdesk.suggest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rightsdesk.monitor.DatePrecision;
import org.rightsdesk.monitor.Period;

/**
 * Finds dates in a sentence and resolves them against the publication day, as the corpus
 * annotators did: a weekday is the last such day up to publication («в четверг», "on Thursday");
 * "last Friday" is the one before; «накануне» and "yesterday" the day before; "last week" the
 * previous Monday to Sunday; "in recent days" the seven days up to publication; a day or month
 * without a year («28 октября», "in August") falls in the year of publication unless that would be
 * after it. Without a publication day only dates that carry their year are resolved.
 */
final class DateFinder {

    /** A date expression and the period it names. */
    record Mention(int start, int end, Period period) {
    }

    private static final String EN_MONTHS = "(?<m>january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String RU_MONTHS_GEN = "(?<m>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    private static final String RU_MONTHS_PREP = "(?<m>январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)";
    private static final String RU_MONTHS_NOM = "(?<m>январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)";
    private static final String YEAR = "(?<y>(?:19|20)\\d\\d)";
    private static final String EN_DAYS = "(?<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String RU_DAYS = "(?<w>понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье)";

    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, Period> resolve) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        // Most specific first: a rule's match hides the shorter ones inside it.
        rule("\\b(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>(?:19|20)\\d\\d)\\b", (m, p) -> day(m.group("y"), m.group("mo"), m.group("d")));
        rule("\\b(?<y>(?:19|20)\\d\\d)-(?<mo>\\d\\d)-(?<d>\\d\\d)\\b", (m, p) -> day(m.group("y"), m.group("mo"), m.group("d")));
        rule("\\b(?<d>\\d{1,2})(?:\\s*[-–]\\s*(?<d2>\\d{1,2}))?\\s+" + RU_MONTHS_GEN + "(?:\\s+" + YEAR + ")?", DateFinder::dayMonth);
        rule("\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?<d2>\\d{1,2}))?\\s+(?:of\\s+)?" + EN_MONTHS + "(?:,?\\s+" + YEAR + ")?\\b",
                DateFinder::dayMonth);
        rule("\\b" + EN_MONTHS + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?<d2>\\d{1,2}))?(?:,?\\s+" + YEAR + ")?\\b(?!\\s*(?:%|percent))",
                DateFinder::dayMonth);
        rule("\\b(?:в|во)\\s+" + RU_MONTHS_PREP + "(?:\\s+" + YEAR + ")?", DateFinder::month);
        rule("\\b" + RU_MONTHS_NOM + "\\s+" + YEAR, DateFinder::month);
        rule("\\b" + EN_MONTHS + ",?\\s+" + YEAR + "\\b", DateFinder::month);
        rule("\\b(?:in|during|since|early|late|mid-?)\\s+" + EN_MONTHS + "\\b(?![-\\w])", DateFinder::month);
        rule("\\b(?:в|во)\\s+(?:(?<last>прошл\\w+|минувш\\w+|эт\\w+)\\s+)?" + RU_DAYS, DateFinder::weekday);
        rule("\\b(?:(?<last>last|this|on|early|late)\\s+)?" + EN_DAYS + "\\b", DateFinder::weekday);
        rule("\\b(?:вчера|накануне|yesterday)\\b", (m, p) -> p == null ? null : Period.day(p.minusDays(1)));
        rule("\\b(?:сегодня|today|this morning|tonight|этой ночью|сегодня ночью)\\b", (m, p) -> p == null ? null : Period.day(p));
        rule("\\b(?:на\\s+(?:прошлой|минувшей)\\s+неделе|last\\s+week|the\\s+previous\\s+week)\\b", (m, p) -> p == null ? null
                : days(p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1),
                p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(1)));
        rule("\\b(?:на\\s+этой\\s+неделе|this\\s+week|earlier\\s+this\\s+week)\\b", (m, p) -> p == null ? null
                : days(p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), p));
        rule("\\b(?:в\\s+последние\\s+дни|за\\s+последние\\s+(?:несколько\\s+)?дни|in\\s+recent\\s+days|over\\s+the\\s+past\\s+few\\s+days"
                + "|in\\s+the\\s+(?:past|last)\\s+(?:few\\s+days|week)|(?:in\\s+)?the\\s+week\\s+since|за\\s+(?:последнюю|прошедшую)\\s+неделю)\\b",
                (m, p) -> p == null ? null : days(p.minusDays(7), p));
        rule("\\b(?:в\\s+(?:прошлом|минувшем)\\s+месяце|last\\s+month)\\b", (m, p) -> p == null ? null : month(YearMonth.from(p).minusMonths(1)));
        rule("\\b(?:в\\s+этом\\s+месяце|this\\s+month|earlier\\s+this\\s+month)\\b", (m, p) -> p == null ? null : month(YearMonth.from(p)));
        rule("\\b(?:в\\s+(?:прошлом|минувшем)\\s+году|last\\s+year)\\b", (m, p) -> p == null ? null : year(p.getYear() - 1));
        rule("\\b(?:в\\s+(?:этом|текущем)\\s+году|this\\s+year|earlier\\s+this\\s+year)\\b", (m, p) -> p == null ? null : year(p.getYear()));
        rule("\\b(?:в|in)\\s+" + YEAR + "(?:\\s+(?:году|г\\.))?(?![-\\d.])", (m, p) -> year(Integer.parseInt(m.group("y"))));
    }

    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("янв", 1), Map.entry("фев", 2), Map.entry("мар", 3), Map.entry("апр", 4), Map.entry("мая", 5), Map.entry("май", 5),
            Map.entry("мае", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("авг", 8), Map.entry("сен", 9), Map.entry("окт", 10),
            Map.entry("ноя", 11), Map.entry("дек", 12));

    private DateFinder() {
    }

    private static void rule(String regex, BiFunction<Matcher, LocalDate, Period> resolve) {
        RULES.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), resolve));
    }

    /** Dates in {@code text[from, to)}, left to right; overlapping matches keep the first rule's. */
    static List<Mention> find(String text, int from, int to, LocalDate published) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[to - from];
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(text).region(from, to);
            while (m.find()) {
                if (anyTaken(taken, m.start() - from, m.end() - from)) {
                    continue;
                }
                Period p;
                try {
                    p = r.resolve.apply(m, published);
                } catch (RuntimeException e) {
                    p = null; // 31 February and the like: not a date
                }
                if (p != null) {
                    out.add(new Mention(m.start(), m.end(), p));
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i - from] = true;
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean anyTaken(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static Period day(String y, String mo, String d) {
        return Period.day(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
    }

    private static Period dayMonth(Matcher m, LocalDate published) {
        int month = monthNumber(m.group("m"));
        int d = Integer.parseInt(m.group("d"));
        String d2 = group(m, "d2");
        Integer year = group(m, "y") != null ? Integer.valueOf(m.group("y")) : null;
        if (year == null) {
            if (published == null) {
                return null;
            }
            year = published.getYear();
            if (LocalDate.of(year, month, d).isAfter(published)) {
                year--;
            }
        }
        LocalDate from = LocalDate.of(year, month, d);
        return d2 == null ? Period.day(from) : days(from, LocalDate.of(year, month, Integer.parseInt(d2)));
    }

    private static Period month(Matcher m, LocalDate published) {
        int month = monthNumber(m.group("m"));
        String y = group(m, "y");
        if (y == null) {
            if (published == null) {
                return null;
            }
            YearMonth ym = YearMonth.of(published.getYear(), month);
            return month(ym.isAfter(YearMonth.from(published)) ? ym.minusYears(1) : ym);
        }
        return month(YearMonth.of(Integer.parseInt(y), month));
    }

    private static Period weekday(Matcher m, LocalDate published) {
        if (published == null) {
            return null;
        }
        String w = m.group("w").toLowerCase(Locale.ROOT);
        DayOfWeek day = dayOfWeek(w);
        String last = group(m, "last") == null ? "" : m.group("last").toLowerCase(Locale.ROOT);
        LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
        if (last.equals("last") || last.startsWith("прошл") || last.startsWith("минувш")) {
            d = published.with(TemporalAdjusters.previous(day));
        }
        return Period.day(d);
    }

    /** A named group's text, or null when the rule has no such group or it did not take part. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static DayOfWeek dayOfWeek(String w) {
        if (w.startsWith("mon") || w.startsWith("пон")) {
            return DayOfWeek.MONDAY;
        } else if (w.startsWith("tue") || w.startsWith("вт")) {
            return DayOfWeek.TUESDAY;
        } else if (w.startsWith("wed") || w.startsWith("ср")) {
            return DayOfWeek.WEDNESDAY;
        } else if (w.startsWith("thu") || w.startsWith("чет")) {
            return DayOfWeek.THURSDAY;
        } else if (w.startsWith("fri") || w.startsWith("пят")) {
            return DayOfWeek.FRIDAY;
        } else if (w.startsWith("sat") || w.startsWith("суб")) {
            return DayOfWeek.SATURDAY;
        }
        return DayOfWeek.SUNDAY;
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer v = MONTH_NUMBERS.get(n.length() >= 3 ? n.substring(0, 3) : n);
        if (v == null) {
            throw new IllegalArgumentException("month " + name);
        }
        return v;
    }

    private static Period days(LocalDate from, LocalDate to) {
        return new Period(from, to, DatePrecision.DAY);
    }

    private static Period month(YearMonth ym) {
        return new Period(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
    }

    private static Period year(int y) {
        return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
    }
}
