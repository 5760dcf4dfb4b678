package org.rightsdesk.monitor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code incident_stat_cells}: running totals per month, type and published flag, for each
 * dimension (all, region, site, agency). {@link IncidentRegistry} takes an incident's old state out and puts its new state in, in the same transaction as the change,
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
    /** The type of roll-up cells: region, site and agency cells summed over all types, read when no type is chosen. */
    static final String ANY_TYPE = "*";

    /** The tallied columns: reported (7), corroborated (1), verified (7). */
    static final List<String> MEASURES = List.of("incidents", "people_exact", "people_at_least", "people_more_than", "people_about",
            "people_up_to", "without_count", "corroborated", "verified", "verified_exact", "verified_at_least", "verified_more_than",
            "verified_about", "verified_up_to", "verified_without");

    private static final String UPSERT = "INSERT INTO incident_stat_cells (dimension, dim_value, month, type, published, "
            + String.join(", ", MEASURES) + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(MEASURES.size()) + ") "
            + "ON CONFLICT (dimension, month, dim_value, type, published) DO UPDATE SET "
            + MEASURES.stream().map(m -> m + " = incident_stat_cells." + m + " + excluded." + m).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    StatisticsCells(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(Incident i) {
        apply(i, 1);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remove(Incident i) {
        apply(i, -1);
    }

    /** One cell's key, as in the table's primary key. */
    private record Cell(String dimension, String value, String month, String type, boolean published) {
    }

    /** Adds many new incidents with one upsert per cell they touch (imports). */
    @Transactional(propagation = Propagation.MANDATORY)
    void addAll(Collection<Incident> incidents) {
        Map<Cell, long[]> cells = new LinkedHashMap<>();
        for (Incident i : incidents) {
            if (i.merged()) {
                continue;
            }
            long[] m = measures(i);
            String month = i.month();
            for (String[] key : keys(i)) {
                long[] sum = cells.computeIfAbsent(new Cell(key[0], key[1], month, key[2], i.published()), k -> new long[m.length]);
                for (int n = 0; n < m.length; n++) {
                    sum[n] += m[n];
                }
            }
        }
        List<Object[]> batch = new ArrayList<>(cells.size());
        List<Map.Entry<Cell, long[]>> sorted = new ArrayList<>(cells.entrySet());
        // In primary-key order (dimension, month, value, type, published): the upserts walk the index instead of jumping about.
        sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Cell::dimension).thenComparing(Cell::month)
                .thenComparing(Cell::value).thenComparing(Cell::type).thenComparing(Cell::published)));
        sorted.forEach(e -> {
            Cell key = e.getKey();
            long[] m = e.getValue();
            Object[] row = new Object[5 + m.length];
            row[0] = key.dimension();
            row[1] = key.value();
            row[2] = key.month();
            row[3] = key.type();
            row[4] = key.published();
            for (int n = 0; n < m.length; n++) {
                row[5 + n] = m[n];
            }
            batch.add(row);
        });
        batches.batchUpdate(UPSERT, batch);
    }

    /** The tallies one incident adds, in the order of {@link #MEASURES}. */
    private static long[] measures(Incident i) {
        Tally t = Tally.of(i.count());
        Tally v = i.verification() == Verification.VERIFIED ? t : Tally.ZERO;
        long corroborated = i.verification() == Verification.CORROBORATED ? 1 : 0;
        return new long[] {t.incidents(), t.exact(), t.atLeast(), t.moreThan(), t.about(), t.upTo(), t.withoutCount(), corroborated,
                v.incidents(), v.exact(), v.atLeast(), v.moreThan(), v.about(), v.upTo(), v.withoutCount()};
    }

    private void apply(Incident i, int sign) {
        if (i.merged()) {
            return; // a merged incident is counted in the incident it was merged into
        }
        long[] m = measures(i);
        for (String[] key : keys(i)) {
            List<Object> params = new ArrayList<>(List.of(key[0], key[1], i.month(), key[2], i.published()));
            for (long x : m) {
                params.add(sign * x);
            }
            jdbc.sql(UPSERT).params(params).update();
            if (sign < 0) {
                jdbc.sql("DELETE FROM incident_stat_cells WHERE dimension = ? AND dim_value = ? AND month = ? AND type = ? "
                                + "AND published = ? AND incidents = 0")
                        .params(key[0], key[1], i.month(), key[2], i.published()).update();
            }
        }
    }

    /** [dimension, value, type] of every cell an incident adds to: its own type, and the roll-up for the per-dimension tables. */
    private static List<String[]> keys(Incident i) {
        List<String[]> dims = new ArrayList<>();
        dims.add(new String[] {REGION, i.place().regionCode() == null ? UNKNOWN : i.place().regionCode()});
        dims.add(new String[] {SITE, i.place().siteKind() == null ? UNKNOWN : i.place().siteKind().code()});
        if (i.agencies().isEmpty()) {
            dims.add(new String[] {AGENCY, UNKNOWN});
        }
        i.agencies().forEach(a -> dims.add(new String[] {AGENCY, a.code()}));
        List<String[]> keys = new ArrayList<>();
        keys.add(new String[] {ALL, "", i.type().code()});
        for (String[] d : dims) {
            keys.add(new String[] {d[0], d[1], i.type().code()});
            keys.add(new String[] {d[0], d[1], ANY_TYPE});
        }
        return keys;
    }

    /** Recomputes every cell from the incidents table, in one transaction. */
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM incident_stat_cells").update();
        String sums = "COUNT(*), " + qualifierSums("1 = 1") + ", "
                + "SUM(CASE WHEN i.verification = 'corroborated' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN i.verification = 'verified' THEN 1 ELSE 0 END), " + qualifierSums("i.verification = 'verified'");
        String insert = "INSERT INTO incident_stat_cells (dimension, dim_value, month, type, published, " + String.join(", ", MEASURES) + ") ";
        String byType = " WHERE i.merged_into IS NULL GROUP BY 2, i.month, i.type, i.published";
        String anyType = " WHERE i.merged_into IS NULL GROUP BY 2, i.month, i.published";
        jdbc.sql(insert + "SELECT 'all', '', i.month, i.type, i.published, " + sums + " FROM incidents i" + byType).update();
        for (String[] d : new String[][] {{REGION, "COALESCE(i.region_code, '-')", ""}, {SITE, "COALESCE(i.site_kind, '-')", ""},
                {AGENCY, "COALESCE(a.agency, '-')", " LEFT JOIN incident_agencies a ON a.incident_id = i.id"}}) {
            jdbc.sql(insert + "SELECT '" + d[0] + "', " + d[1] + ", i.month, i.type, i.published, " + sums + " FROM incidents i" + d[2]
                    + byType).update();
            jdbc.sql(insert + "SELECT '" + d[0] + "', " + d[1] + ", i.month, '" + ANY_TYPE + "', i.published, " + sums
                    + " FROM incidents i" + d[2] + anyType).update();
        }
    }

    /** Six sums: people per qualifier, then incidents without a number, for incidents matching {@code condition}. */
    private static String qualifierSums(String condition) {
        List<String> out = new ArrayList<>();
        for (String q : List.of("exact", "at_least", "more_than", "about", "up_to")) {
            out.add("SUM(CASE WHEN " + condition + " AND i.count_qualifier = '" + q + "' THEN i.count_value ELSE 0 END)");
        }
        out.add("SUM(CASE WHEN " + condition + " AND i.count_value IS NULL THEN 1 ELSE 0 END)");
        return String.join(", ", out);
    }

    /** Every cell as text, for comparing running totals with a rebuild (tests, consistency checks). */
    List<String> snapshot() {
        return jdbc.sql("SELECT dimension, dim_value, month, type, published, " + String.join(", ", MEASURES)
                        + " FROM incident_stat_cells WHERE incidents <> 0 ORDER BY 1, 2, 3, 4, 5")
                .query((rs, n) -> {
                    StringBuilder b = new StringBuilder();
                    for (int c = 1; c <= 5 + MEASURES.size(); c++) {
                        b.append(c < 5 ? rs.getString(c) : c == 5 ? String.valueOf(rs.getBoolean(c)) : Long.toString(rs.getLong(c))).append('|');
                    }
                    return b.toString();
                })
                .list();
    }
}
