package org.rightsdesk.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Statistics of de-duplicated incidents (merged ones are counted once, in the incident they were
 * merged into): over time, by type, region, site kind and agency, reported next to corroborated and
 * verified, with people affected summed per qualifier. Reads the running totals kept by
 * {@link StatisticsCells}, so the cost grows with the number of cells, not of incidents.
 * <p>
 * {@link #publicReport} is what leaves the desk: published incidents only, and small-cell
 * suppression — any count below {@code rightsdesk.monitor.public-min-cell} (default 5) is withheld,
 * and where one withheld cell could be worked out from a total, the next smallest is withheld too.
 */
@Service
public class Statistics {

    private final JdbcClient jdbc;
    private final StatisticsCells cells;
    private final int minCell;

    Statistics(JdbcClient jdbc, StatisticsCells cells, @Value("${rightsdesk.monitor.public-min-cell:5}") int minCell) {
        this.jdbc = jdbc;
        this.cells = cells;
        if (minCell < 1) {
            throw new IllegalArgumentException("rightsdesk.monitor.public-min-cell must be at least 1, not " + minCell);
        }
        this.minCell = minCell;
    }

    /** The threshold of public output: counts below it are withheld. */
    public int publicMinCell() {
        return minCell;
    }

    /** Everything, for signed-in staff. */
    public StatisticsReport report(StatisticsQuery q) {
        // One read of the 'all' cells gives the month, type and month-by-type tables.
        Map<String, Map<IncidentType, Long>> monthByType = new TreeMap<>();
        Map<String, StatRow> byMonth = new TreeMap<>();
        Map<String, StatRow> byType = new HashMap<>();
        for (Object[] r : sums(q, StatisticsCells.ALL, "month, type")) {
            String month = (String) r[0];
            String type = (String) r[1];
            StatRow row = new StatRow(month, (Tally) r[2], (Long) r[3], (Tally) r[4], Set.of());
            monthByType.computeIfAbsent(month, k -> new EnumMap<>(IncidentType.class))
                    .merge(IncidentType.fromCode(type), row.reported().incidents(), Long::sum);
            byMonth.merge(month, row, StatRow::plus);
            byType.merge(type, new StatRow(type, row.reported(), row.corroborated(), row.verified(), Set.of()), StatRow::plus);
        }
        StatRow total = byMonth.values().stream().reduce(new StatRow("", Tally.ZERO, 0, Tally.ZERO, Set.of()), StatRow::plus);
        return new StatisticsReport(q, total, new ArrayList<>(byMonth.values()), monthByType, sorted(new ArrayList<>(byType.values())),
                sorted(rows(q, StatisticsCells.REGION, "dim_value")), sorted(rows(q, StatisticsCells.SITE, "dim_value")),
                sorted(rows(q, StatisticsCells.AGENCY, "dim_value")), null);
    }

    /** Published incidents only, with small cells withheld: safe to put on a public page or in an export. */
    public StatisticsReport publicReport(StatisticsQuery q) {
        StatisticsReport full = report(q.published());
        StatRow total = SmallCells.total(full.total(), minCell);
        return new StatisticsReport(full.query(), total, SmallCells.apply(full.byMonth(), total, minCell), Map.of(),
                SmallCells.apply(full.byType(), total, minCell), SmallCells.apply(full.byRegion(), total, minCell),
                SmallCells.apply(full.bySite(), total, minCell), SmallCells.apply(full.byAgency(), null, minCell), minCell);
    }

    /** Recomputes the running totals from the incidents (part of {@code ./rightsdesk reindex}). */
    public void rebuild() {
        cells.rebuild();
    }

    private static List<StatRow> sorted(List<StatRow> rows) {
        rows.sort(Comparator.comparingLong((StatRow r) -> r.reported().incidents()).reversed().thenComparing(StatRow::key));
        return rows;
    }

    private List<StatRow> rows(StatisticsQuery q, String dimension, String groupColumn) {
        List<StatRow> rows = new ArrayList<>();
        for (Object[] r : sums(q, dimension, groupColumn)) {
            rows.add(new StatRow((String) r[0], (Tally) r[2], (Long) r[3], (Tally) r[4], Set.of()));
        }
        return rows;
    }

    private static final String SUMS = StatisticsCells.MEASURES.stream().map(m -> "SUM(" + m + ")").collect(Collectors.joining(", "));

    /** Rows of [group value, second group value or "", reported Tally, corroborated count, verified Tally]. */
    private List<Object[]> sums(StatisticsQuery q, String dimension, String group) {
        StringBuilder sql = new StringBuilder("SELECT ").append(group.contains(",") ? group : group + ", ''").append(", ").append(SUMS)
                .append(" FROM incident_stat_cells WHERE dimension = :dimension");
        Map<String, Object> params = new HashMap<>();
        params.put("dimension", dimension);
        if (q.fromMonth() != null || q.toMonth() != null) {
            sql.append(" AND month <> ''");
        }
        if (q.fromMonth() != null) {
            sql.append(" AND month >= :from");
            params.put("from", q.fromMonth());
        }
        if (q.toMonth() != null) {
            sql.append(" AND month <= :to");
            params.put("to", q.toMonth());
        }
        if (q.type() != null) {
            sql.append(" AND type = :type");
            params.put("type", q.type().code());
        } else if (!dimension.equals(StatisticsCells.ALL)) {
            sql.append(" AND type = :type");
            params.put("type", StatisticsCells.ANY_TYPE); // the roll-up: one cell per value and month instead of one per type
        }
        if (q.publishedOnly()) {
            sql.append(" AND published = TRUE");
        }
        sql.append(" GROUP BY ").append(group);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                        new Tally(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                        rs.getLong(10),
                        new Tally(rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17))})
                .list().stream().filter(r -> ((Tally) r[2]).incidents() != 0).toList();
    }

    /**
     * Small-cell suppression for one table: a count in 1..k-1 is withheld; when a column has
     * exactly one withheld cell and a visible total, the smallest other non-zero cell is withheld
     * as well, so the hidden one cannot be worked out by subtraction.
     */
    static final class SmallCells {

        private SmallCells() {
        }

        static StatRow total(StatRow total, int k) {
            List<StatRow> one = apply(List.of(total), null, k);
            return one.get(0);
        }

        static List<StatRow> apply(List<StatRow> rows, StatRow total, int k) {
            List<Set<String>> hidden = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                hidden.add(new HashSet<>());
            }
            for (String column : List.of(StatRow.INCIDENTS, StatRow.CORROBORATED, StatRow.VERIFIED, StatRow.PEOPLE, StatRow.VERIFIED_PEOPLE)) {
                for (int i = 0; i < rows.size(); i++) {
                    long v = value(rows.get(i), column);
                    if (v > 0 && v < k) {
                        hidden.get(i).add(column);
                    }
                }
                boolean totalVisible = total != null && !total.hidden(column);
                long hiddenCount = hidden.stream().filter(h -> h.contains(column)).count();
                if (totalVisible && hiddenCount == 1) {
                    int smallest = -1;
                    for (int i = 0; i < rows.size(); i++) {
                        long v = value(rows.get(i), column);
                        if (v > 0 && !hidden.get(i).contains(column)
                                && (smallest < 0 || v < value(rows.get(smallest), column))) {
                            smallest = i;
                        }
                    }
                    if (smallest >= 0) {
                        hidden.get(smallest).add(column);
                    }
                }
            }
            List<StatRow> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                out.add(withheld(rows.get(i), hidden.get(i)));
            }
            return out;
        }

        private static long value(StatRow r, String column) {
            return switch (column) {
                case StatRow.INCIDENTS -> r.reported().incidents();
                case StatRow.CORROBORATED -> r.corroborated();
                case StatRow.VERIFIED -> r.verified().incidents();
                case StatRow.PEOPLE -> r.reported().peopleMentioned();
                default -> r.verified().peopleMentioned();
            };
        }

        private static StatRow withheld(StatRow r, Set<String> hidden) {
            Tally reported = r.reported();
            Tally verified = r.verified();
            if (hidden.contains(StatRow.PEOPLE) || hidden.contains(StatRow.INCIDENTS)) {
                // without the incident count, the people total could give it away (and vice versa)
                hidden.add(StatRow.PEOPLE);
                reported = reported.withoutPeople();
            }
            if (hidden.contains(StatRow.INCIDENTS)) {
                reported = reported.withIncidents(0);
            }
            if (hidden.contains(StatRow.VERIFIED_PEOPLE) || hidden.contains(StatRow.VERIFIED)) {
                hidden.add(StatRow.VERIFIED_PEOPLE);
                verified = verified.withoutPeople();
            }
            if (hidden.contains(StatRow.VERIFIED)) {
                verified = verified.withIncidents(0);
            }
            long corroborated = hidden.contains(StatRow.CORROBORATED) ? 0 : r.corroborated();
            return new StatRow(r.key(), reported, corroborated, verified, hidden);
        }
    }
}
