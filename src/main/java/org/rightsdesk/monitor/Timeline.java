package org.rightsdesk.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Measures, incidents and figures on one time line, newest first. Incidents stand at the start
 * of their period, measures at their effective date, figures at the day they were reported;
 * whatever has no date of its own stands at the day its source was published, marked as such.
 */
@Service
public class Timeline {

    private final JdbcClient jdbc;
    private final IncidentRegistry incidents;
    private final Figures figures;
    private final Measures measures;

    Timeline(JdbcClient jdbc, IncidentRegistry incidents, Figures figures, Measures measures) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.figures = figures;
        this.measures = measures;
    }

    /**
     * Entries dated {@code from}..{@code to} (inclusive; null for open), at most {@code limit} of
     * them, newest first; {@code publishedOnly} for the public page. Merged incidents are left out.
     */
    public List<TimelineEntry> entries(LocalDate from, LocalDate to, boolean publishedOnly, int limit) {
        List<TimelineEntry> out = new ArrayList<>();
        for (Incident i : incidents.findAll(ids("incidents", "COALESCE(date_from, reported_on)", "merged_into IS NULL",
                from, to, publishedOnly, limit))) {
            out.add(new TimelineEntry(i.timelineDate(), i.period() == null, i, null, null));
        }
        for (Figure f : figures.findAll(ids("figures", "COALESCE(reported_on, as_of_to)", null, from, to, publishedOnly, limit))) {
            out.add(new TimelineEntry(f.timelineDate(), false, null, f, null));
        }
        for (Measure m : measures.findAll(ids("measures", "COALESCE(effective_on, reported_on)", null, from, to, publishedOnly, limit))) {
            out.add(new TimelineEntry(m.timelineDate(), m.effectiveOn() == null, null, null, m));
        }
        out.sort(Comparator.comparing(TimelineEntry::date).reversed()
                .thenComparing(e -> e.kind().equals("measure") ? 0 : e.kind().equals("incident") ? 1 : 2)
                .thenComparing(TimelineEntry::id));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private List<Long> ids(String table, String dateExpr, String condition, LocalDate from, LocalDate to, boolean publishedOnly, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id FROM " + table + " WHERE " + dateExpr + " IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        if (condition != null) {
            sql.append(" AND ").append(condition);
        }
        if (publishedOnly) {
            sql.append(" AND published = TRUE");
        }
        if (from != null) {
            sql.append(" AND ").append(dateExpr).append(" >= :from");
            params.put("from", from.toString());
        }
        if (to != null) {
            sql.append(" AND ").append(dateExpr).append(" <= :to");
            params.put("to", to.toString());
        }
        sql.append(" ORDER BY ").append(dateExpr).append(" DESC, id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }
}
