package org.rightsdesk.web.monitor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rightsdesk.monitor.StatRow;
import org.rightsdesk.monitor.StatisticsReport;
import org.rightsdesk.monitor.Tally;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statistics as CSV and JSON downloads. The columns are documented in docs/monitor.md; withheld
 * (suppressed) cells are empty in CSV and null in JSON, and the row's {@code suppressed} column
 * says which. People affected are never one number: each qualifier has its own column.
 */
@Component
public class StatisticsExport {

    static final List<String> CSV_COLUMNS = List.of("table", "key", "label", "incidents", "corroborated", "verified",
            "people_exact", "people_at_least", "people_more_than", "people_about", "people_up_to", "incidents_without_number",
            "verified_people_exact", "verified_people_at_least", "verified_people_more_than", "verified_people_about",
            "verified_people_up_to", "verified_without_number", "suppressed");

    private final StatisticsTables tables;

    StatisticsExport(StatisticsTables tables) {
        this.tables = tables;
    }

    public String csv(StatisticsReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            csv.printRecord(cells("total", "", tables.totalLabel(), report.total()));
            for (StatisticsTables.Table t : tables.tables(report, false)) {
                for (StatisticsTables.Row r : t.rows()) {
                    csv.printRecord(cells(t.id(), r.key().isEmpty() ? "unknown" : r.key(), r.label(), r.stats()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public String json(StatisticsReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", report.query().fromMonth());
        query.put("to", report.query().toMonth());
        query.put("type", report.query().type() == null ? null : report.query().type().code());
        query.put("published_only", report.query().publishedOnly());
        doc.put("query", query);
        doc.put("suppression_threshold", report.suppressionThreshold());
        doc.put("total", row("", "", report.total()));
        Map<String, Object> byTable = new LinkedHashMap<>();
        for (StatisticsTables.Table t : tables.tables(report, false)) {
            List<Object> rows = new ArrayList<>();
            t.rows().forEach(r -> rows.add(row(r.key().isEmpty() ? "unknown" : r.key(), r.label(), r.stats())));
            byTable.put(t.id(), rows);
        }
        doc.put("tables", byTable);
        return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    private static List<Object> cells(String table, String key, String label, StatRow r) {
        List<Object> c = new ArrayList<>(List.of(table, key, label));
        c.add(value(r, StatRow.INCIDENTS, r.reported().incidents()));
        c.add(value(r, StatRow.CORROBORATED, r.corroborated()));
        c.add(value(r, StatRow.VERIFIED, r.verified().incidents()));
        people(c, r, StatRow.PEOPLE, r.reported());
        people(c, r, StatRow.VERIFIED_PEOPLE, r.verified());
        c.add(String.join(";", new TreeSet<>(r.suppressed())));
        return c;
    }

    private static void people(List<Object> c, StatRow r, String column, Tally t) {
        for (long v : new long[] {t.exact(), t.atLeast(), t.moreThan(), t.about(), t.upTo(), t.withoutCount()}) {
            c.add(value(r, column, v));
        }
    }

    private static Object value(StatRow r, String column, long v) {
        return r.hidden(column) ? "" : v;
    }

    private static Map<String, Object> row(String key, String label, StatRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("label", label);
        m.put("incidents", r.hidden(StatRow.INCIDENTS) ? null : r.reported().incidents());
        m.put("corroborated", r.hidden(StatRow.CORROBORATED) ? null : r.corroborated());
        m.put("verified", r.hidden(StatRow.VERIFIED) ? null : r.verified().incidents());
        m.put("people", r.hidden(StatRow.PEOPLE) ? null : people(r.reported()));
        m.put("verified_people", r.hidden(StatRow.VERIFIED_PEOPLE) ? null : people(r.verified()));
        m.put("suppressed", new TreeSet<>(r.suppressed()));
        return m;
    }

    private static Map<String, Object> people(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exact", t.exact());
        m.put("at_least", t.atLeast());
        m.put("more_than", t.moreThan());
        m.put("about", t.about());
        m.put("up_to", t.upTo());
        m.put("incidents_without_number", t.withoutCount());
        m.put("lower_bound", t.lowerBound());
        m.put("lower_bound_kind", t.lowerBoundKind());
        return m;
    }
}
