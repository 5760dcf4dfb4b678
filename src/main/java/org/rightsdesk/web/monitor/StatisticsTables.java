package org.rightsdesk.web.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.StatRow;
import org.rightsdesk.monitor.StatisticsReport;
import org.springframework.stereotype.Component;

/**
 * A {@link StatisticsReport} as the pages and exports show it: one table per dimension with row
 * labels in the reader's language, and a chart for each drawn from the same visible numbers
 * (withheld cells are left out of public charts, never drawn as zero).
 */
@Component
class StatisticsTables {

    /** A row with its label. */
    record Row(String key, String label, StatRow stats) {
    }

    /** A table (and its chart) of one dimension: month, type, region, site, agency. */
    record Table(String id, String title, String keyHeading, List<Row> rows, String chart) {
    }

    static final int MAX_CHART_BARS = 15;

    private final MonitorMessages messages;
    private final Charts charts;

    StatisticsTables(MonitorMessages messages, Charts charts) {
        this.messages = messages;
        this.charts = charts;
    }

    List<Table> tables(StatisticsReport report, boolean withCharts) {
        List<Table> out = new ArrayList<>();
        out.add(table("month", report.byMonth(), withCharts, report));
        out.add(table("type", report.byType(), withCharts, report));
        out.add(table("region", report.byRegion(), withCharts, report));
        out.add(table("site", report.bySite(), withCharts, report));
        out.add(table("agency", report.byAgency(), withCharts, report));
        return out;
    }

    /** Incidents per month, one colour per type (staff pages only; public output has no cross-tabulation). */
    String monthByTypeChart(StatisticsReport report) {
        Map<String, Map<String, Long>> series = new LinkedHashMap<>();
        for (IncidentType t : IncidentType.values()) {
            Map<String, Long> values = new LinkedHashMap<>();
            report.monthByType().forEach((month, byType) -> {
                if (!month.isEmpty()) {
                    values.put(month, byType.getOrDefault(t, 0L));
                }
            });
            if (values.values().stream().anyMatch(v -> v > 0)) {
                series.put(messages.label("monitor.type." + t.code()), values);
            }
        }
        return series.isEmpty() ? null : charts.bars(messages.label("monitor.stats.chart.monthByType"), messages.label("monitor.stats.month"),
                messages.label("monitor.stats.incidents"), series, true, series.values().iterator().next().size() > 8);
    }

    String totalLabel() {
        return messages.label("monitor.stats.total");
    }

    String label(String table, String key) {
        if ("-".equals(key) || key.isEmpty()) {
            return messages.label(table.equals("month") ? "monitor.date.unknown" : "monitor.unknown");
        }
        return switch (table) {
            case "type" -> messages.label("monitor.type." + key);
            case "region" -> messages.regionName(key);
            case "site" -> messages.label("monitor.site." + key);
            case "agency" -> messages.label("monitor.agency." + key);
            default -> key;
        };
    }

    private Table table(String id, List<StatRow> rows, boolean withCharts, StatisticsReport report) {
        List<Row> labelled = rows.stream().map(r -> new Row(r.key(), label(id, r.key()), r)).toList();
        String title = messages.label("monitor.stats.by." + id);
        String chart = null;
        if (withCharts && !labelled.isEmpty()) {
            Map<String, Long> reported = new LinkedHashMap<>();
            Map<String, Long> verified = new LinkedHashMap<>();
            labelled.stream().filter(r -> !r.key().isEmpty() || !id.equals("month")).limit(MAX_CHART_BARS).forEach(r -> {
                if (!r.stats().hidden(StatRow.INCIDENTS)) {
                    reported.put(r.label(), r.stats().reported().incidents());
                }
                if (!r.stats().hidden(StatRow.VERIFIED)) {
                    verified.put(r.label(), r.stats().verified().incidents());
                }
            });
            Map<String, Map<String, Long>> series = new LinkedHashMap<>();
            series.put(messages.label("monitor.stats.reported"), reported);
            series.put(messages.label("monitor.stats.verified"), verified);
            if (!reported.isEmpty()) {
                chart = charts.bars(title, messages.label("monitor.stats.key." + id), messages.label("monitor.stats.incidents"), series,
                        false, id.equals("month") ? reported.size() > 8 : reported.size() > 5);
            }
        }
        return new Table(id, title, messages.label("monitor.stats.key." + id), labelled, chart);
    }
}
