package org.rightsdesk.monitor;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code incident_stat_cells}: running totals per month, type, verification status and
 * published flag, for each dimension (all, region, site, agency). {@link IncidentRegistry} takes
 * an incident's old state out and puts its new state in, in the same transaction as the change,
 * so statistics read a few thousand cells rather than every incident. {@link #rebuild()} recomputes
 * everything from the incidents table (after a restore, or to check the running totals).
 */
@Component
class StatisticsCells {

    static final String ALL = "all";
    static final String REGION = "region";
    static final String SITE = "site";
    static final String AGENCY = "agency";
    static final String UNKNOWN = "-";

    private static final String MEASURES = "incidents, people_exact, people_at_least, people_more_than, people_about, "
            + "people_up_to, without_count";

    private final JdbcClient jdbc;

    StatisticsCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(Incident i) {
        apply(i, 1);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remove(Incident i) {
        apply(i, -1);
    }

    private void apply(Incident i, int sign) {
        if (i.merged()) {
            return; // a merged incident is counted in the incident it was merged into
        }
        Tally t = Tally.of(i.count());
        for (String[] key : keys(i)) {
            jdbc.sql("INSERT INTO incident_stat_cells (dimension, dim_value, month, type, verification, published, " + MEASURES + ") "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (dimension, month, dim_value, type, verification, published) DO UPDATE SET "
                            + "incidents = incident_stat_cells.incidents + excluded.incidents, "
                            + "people_exact = incident_stat_cells.people_exact + excluded.people_exact, "
                            + "people_at_least = incident_stat_cells.people_at_least + excluded.people_at_least, "
                            + "people_more_than = incident_stat_cells.people_more_than + excluded.people_more_than, "
                            + "people_about = incident_stat_cells.people_about + excluded.people_about, "
                            + "people_up_to = incident_stat_cells.people_up_to + excluded.people_up_to, "
                            + "without_count = incident_stat_cells.without_count + excluded.without_count")
                    .params(key[0], key[1], i.month(), i.type().code(), i.verification().code(), i.published(),
                            sign * t.incidents(), sign * t.exact(), sign * t.atLeast(), sign * t.moreThan(), sign * t.about(),
                            sign * t.upTo(), sign * t.withoutCount())
                    .update();
            if (sign < 0) {
                jdbc.sql("DELETE FROM incident_stat_cells WHERE dimension = ? AND dim_value = ? AND month = ? AND type = ? "
                                + "AND verification = ? AND published = ? AND incidents = 0")
                        .params(key[0], key[1], i.month(), i.type().code(), i.verification().code(), i.published()).update();
            }
        }
    }

    private static List<String[]> keys(Incident i) {
        List<String[]> keys = new ArrayList<>();
        keys.add(new String[] {ALL, ""});
        keys.add(new String[] {REGION, i.place().regionCode() == null ? UNKNOWN : i.place().regionCode()});
        keys.add(new String[] {SITE, i.place().siteKind() == null ? UNKNOWN : i.place().siteKind().code()});
        if (i.agencies().isEmpty()) {
            keys.add(new String[] {AGENCY, UNKNOWN});
        }
        i.agencies().forEach(a -> keys.add(new String[] {AGENCY, a.code()}));
        return keys;
    }

    /** Recomputes every cell from the incidents table, in one transaction. */
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM incident_stat_cells").update();
        String sums = "COUNT(*), "
                + "SUM(CASE WHEN i.count_qualifier = 'exact' THEN i.count_value ELSE 0 END), "
                + "SUM(CASE WHEN i.count_qualifier = 'at_least' THEN i.count_value ELSE 0 END), "
                + "SUM(CASE WHEN i.count_qualifier = 'more_than' THEN i.count_value ELSE 0 END), "
                + "SUM(CASE WHEN i.count_qualifier = 'about' THEN i.count_value ELSE 0 END), "
                + "SUM(CASE WHEN i.count_qualifier = 'up_to' THEN i.count_value ELSE 0 END), "
                + "SUM(CASE WHEN i.count_value IS NULL THEN 1 ELSE 0 END)";
        String insert = "INSERT INTO incident_stat_cells (dimension, dim_value, month, type, verification, published, " + MEASURES + ") ";
        String tail = " WHERE i.merged_into IS NULL GROUP BY 2, i.month, i.type, i.verification, i.published";
        jdbc.sql(insert + "SELECT 'all', '', i.month, i.type, i.verification, i.published, " + sums + " FROM incidents i" + tail).update();
        jdbc.sql(insert + "SELECT 'region', COALESCE(i.region_code, '-'), i.month, i.type, i.verification, i.published, " + sums
                + " FROM incidents i" + tail).update();
        jdbc.sql(insert + "SELECT 'site', COALESCE(i.site_kind, '-'), i.month, i.type, i.verification, i.published, " + sums
                + " FROM incidents i" + tail).update();
        jdbc.sql(insert + "SELECT 'agency', COALESCE(a.agency, '-'), i.month, i.type, i.verification, i.published, " + sums
                + " FROM incidents i LEFT JOIN incident_agencies a ON a.incident_id = i.id" + tail).update();
    }

    /** Every cell as text, for comparing running totals with a rebuild (tests, consistency checks). */
    List<String> snapshot() {
        return jdbc.sql("SELECT dimension, dim_value, month, type, verification, published, " + MEASURES
                        + " FROM incident_stat_cells WHERE incidents <> 0 ORDER BY 1, 2, 3, 4, 5, 6")
                .query((rs, n) -> {
                    StringBuilder b = new StringBuilder();
                    for (int c = 1; c <= 13; c++) {
                        b.append(c == 6 ? String.valueOf(rs.getBoolean(c)) : rs.getString(c)).append('|');
                    }
                    return b.toString();
                })
                .list();
    }
}
