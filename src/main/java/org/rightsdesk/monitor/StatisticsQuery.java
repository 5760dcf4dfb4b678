package org.rightsdesk.monitor;

/**
 * Which incidents statistics count: months {@code from}..{@code to} (YYYY-MM, inclusive, null for
 * open), one type or all, and — for public output — only what a monitor has published.
 * With a month bound set, incidents of unknown date are left out.
 */
public record StatisticsQuery(String fromMonth, String toMonth, IncidentType type, boolean publishedOnly) {

    public StatisticsQuery {
        fromMonth = month(fromMonth, "from");
        toMonth = month(toMonth, "to");
    }

    public static StatisticsQuery everything() {
        return new StatisticsQuery(null, null, null, false);
    }

    public StatisticsQuery published() {
        return new StatisticsQuery(fromMonth, toMonth, type, true);
    }

    private static String month(String m, String field) {
        if (m == null || m.isBlank()) {
            return null;
        }
        Object[] range = Dates.range(m, field);
        if (range[2] != DatePrecision.MONTH) {
            throw new MonitorProblem("month.format", field + ": '" + m + "' is not a month (expected YYYY-MM)", field, m);
        }
        return m.strip().length() == 6 ? m.strip().substring(0, 5) + "0" + m.strip().substring(5) : m.strip();
    }
}
