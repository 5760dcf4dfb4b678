package org.rightsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.rightsdesk.RightsdeskApplication;
import org.rightsdesk.monitor.Gazetteer;
import org.rightsdesk.monitor.ImportReport;
import org.rightsdesk.monitor.IncidentImport;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.Statistics;
import org.rightsdesk.monitor.StatisticsQuery;
import org.rightsdesk.search.SearchIndex;
import org.rightsdesk.storage.DatabaseLocation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints figures for the monitor desk at scale (not a test; run with bench/monitor.sh):
 * <ol>
 *   <li>the engine's own bulk load of N generated incidents (JDBC batches in one transaction),</li>
 *   <li>rebuilding the running statistics and the search index from them ({@code reindex}),</li>
 *   <li>statistics report time (all incidents, one year, one type, public with suppression),</li>
 *   <li>search latency p50/p95/p99 over a mix of Russian, English and transliterated queries,
 *       highlighting included,</li>
 *   <li>the checked import path (CSV files through {@link IncidentImport}) of N rows into a fresh database, and its time ratio
 *       to the bulk load of the same N.</li>
 * </ol>
 * Arguments: {@code N [--db postgresql://...]}; default N = 100000 on SQLite in a temporary directory.
 */
public final class MonitorBenchmark {

    private static final String[] TYPES = {"raid", "raid", "raid", "detention", "detention", "deportation", "expulsion_ruling",
            "enlistment_coercion", "entry_refusal", "registry_inclusion", "violence", "citizenship_revocation", "school_refusal", "other"};
    private static final String[] SITES = {"metro", "market", "mosque", "construction", "warehouse", "dormitory", "airport", "factory",
            "street", "court", null, null};
    private static final String[] AGENCIES = {"police", "rosgvardia", "fsb", "investigative_committee", "migration_service",
            "enlistment_office", "court", "border_service"};
    private static final String[] QUALIFIERS = {"exact", "exact", "exact", "at_least", "more_than", "about", "up_to"};
    private static final String[] WORDS_EN = {"document check", "people detained", "market", "construction site", "dormitory",
            "raid at dawn", "metro station", "face recognition", "patent", "registration", "special institution", "deportation order",
            "military enlistment office", "summons", "court ruling", "warehouse workers", "hostel", "taxi drivers"};
    private static final String[] WORDS_RU = {"проверка документов", "задержаны", "рынок", "стройка", "общежитие", "рейд",
            "станция метро", "распознавание лиц", "патент", "регистрация", "спецприёмник", "выдворение", "военкомат", "повестки",
            "суд", "склад", "хостел", "таксисты", "мигранты", "полиция"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        String db = null;
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--db")) {
                db = args[i + 1];
            }
        }
        double load = onFreshDatabase(db, n, "Monitor benchmark", ctx -> run(ctx, n));
        // The checked import starts from the same state as the bulk load did: a fresh database.
        onFreshDatabase(db, n, "Checked import", ctx -> {
            List<String> regions = ctx.getBean(Gazetteer.class).regions().stream().filter(r -> !r.disputed()).map(Gazetteer.Region::code).toList();
            importPath(ctx.getBean(IncidentImport.class), ctx.getBean(JdbcClient.class), n, load, regions);
            return 0.0;
        });
    }

    private interface Phase {
        double run(ConfigurableApplicationContext ctx) throws Exception;
    }

    /** Runs {@code phase} against a new, migrated database (SQLite in a temporary directory, or a new PostgreSQL schema). */
    private static double onFreshDatabase(String server, int n, String title, Phase phase) throws Exception {
        Path dir = Files.createTempDirectory("rightsdesk-bench-");
        String db = server;
        String schema = null;
        if (db != null && db.startsWith("postgresql:")) {
            schema = "rd_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            execute(server, dir, "CREATE SCHEMA " + schema);
            db = db + (db.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("rightsdesk.data-dir", dir.toString());
        if (db != null) {
            props.put("rightsdesk.db-url", db);
        }
        SpringApplication app = new SpringApplication(RightsdeskApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(props);
        app.setLogStartupInfo(false);
        try (ConfigurableApplicationContext ctx = app.run()) {
            System.out.printf(Locale.ROOT, "%s: %,d incidents on %s, %d cores, max heap %d MB, load average %.1f%n", title, n,
                    db == null ? "SQLite (" + dir + ")" : "PostgreSQL", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1 << 20),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return phase.run(ctx);
        } finally {
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println("kept " + dir + (schema == null ? "" : " and schema " + schema));
            } else {
                if (schema != null) {
                    execute(server, dir, "DROP SCHEMA " + schema + " CASCADE");
                }
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Bulk load and the query figures; returns the bulk load's time in seconds. */
    private static double run(ConfigurableApplicationContext ctx, int n) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        Gazetteer gazetteer = ctx.getBean(Gazetteer.class);
        List<String> regions = gazetteer.regions().stream().filter(r -> !r.disputed()).map(Gazetteer.Region::code).toList();

        long t0 = System.nanoTime();
        long cpu0 = cpu();
        bulkLoad(ctx.getBean(DataSource.class), n, regions, new Random(42));
        if (!ctx.getBean(org.rightsdesk.storage.DatabaseInfo.class).isSqlite()) {
            // The load gave explicit ids; move the identity sequence past them.
            jdbc.sql("SELECT setval(pg_get_serial_sequence('incidents', 'id'), (SELECT MAX(id) FROM incidents))").query().rowSet();
        }
        double load = seconds(t0); // the reference for the checked import below (ANALYZE not included: the import does none)
        double loadCpu = (cpu() - cpu0) / 1e9;
        if (!ctx.getBean(org.rightsdesk.storage.DatabaseInfo.class).isSqlite()) {
            jdbc.sql("ANALYZE").update();
        }
        System.out.printf(Locale.ROOT, "bulk load (engine, JDBC batches): %,d incidents in %.1f s (%,.0f/s; this thread's CPU %.1f s)%n", n,
                load, n / load, loadCpu);

        Statistics statistics = ctx.getBean(Statistics.class);
        t0 = System.nanoTime();
        statistics.rebuild();
        long cells = jdbc.sql("SELECT COUNT(*) FROM incident_stat_cells").query(Long.class).single();
        System.out.printf(Locale.ROOT, "statistics rebuild: %.1f s (%,d cells)%n", seconds(t0), cells);

        if (!Boolean.getBoolean("bench.importOnly")) {
            queries(ctx, jdbc, statistics, gazetteer, regions);
        }
        return load;
    }

    /** Search index rebuild, statistics, timeline and search latency (skipped with -Dbench.importOnly=true). */
    private static void queries(ConfigurableApplicationContext ctx, JdbcClient jdbc, Statistics statistics, Gazetteer gazetteer,
                                List<String> regions) {
        long t0;
        SearchIndex index = ctx.getBean(SearchIndex.class);
        t0 = System.nanoTime();
        long indexed = index.rebuild(x -> { });
        System.out.printf(Locale.ROOT, "search index rebuild: %,d records in %.1f s (%,.0f/s)%n", indexed, seconds(t0), indexed / seconds(t0));

        String year = "2025-01";
        String yearEnd = "2025-12";
        measure("statistics, all incidents", 60, () -> statistics.report(StatisticsQuery.everything()));
        measure("statistics, one year", 60, () -> statistics.report(new StatisticsQuery(year, yearEnd, null, false)));
        measure("statistics, one type", 60, () -> statistics.report(new StatisticsQuery(null, null, IncidentType.RAID, false)));
        measure("statistics, public (suppressed)", 60, () -> statistics.publicReport(StatisticsQuery.everything()));

        org.rightsdesk.monitor.Timeline timeline = ctx.getBean(org.rightsdesk.monitor.Timeline.class);
        org.rightsdesk.monitor.IncidentRegistry incidents = ctx.getBean(org.rightsdesk.monitor.IncidentRegistry.class);
        measure("timeline, newest 500 entries", 30, () -> timeline.entries(null, null, false, 500));
        measure("incident list, first page of 50", 30, () -> incidents.list(org.rightsdesk.monitor.IncidentFilter.all(), 0, 50));

        org.rightsdesk.monitor.IncidentDraft draft = new org.rightsdesk.monitor.IncidentDraft(IncidentType.RAID,
                org.rightsdesk.monitor.Period.parse("2025-06-03", null, null),
                new org.rightsdesk.monitor.Place("RU-MOW", null, org.rightsdesk.monitor.SiteKind.MARKET),
                new org.rightsdesk.monitor.Count(20L, org.rightsdesk.monitor.Qualifier.EXACT, null), null, null, null, null, null, null);
        measure("duplicate check of a new incident", 30, () -> incidents.likelyDuplicates(draft));

        Random r = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            queries.add(switch (i % 5) {
                case 0 -> WORDS_RU[r.nextInt(WORDS_RU.length)];
                case 1 -> WORDS_EN[r.nextInt(WORDS_EN.length)];
                case 2 -> "Kotelniki";
                case 3 -> "Котельниках " + WORDS_RU[r.nextInt(WORDS_RU.length)];
                default -> gazetteer.regionName(regions.get(r.nextInt(regions.size())), Locale.forLanguageTag(r.nextBoolean() ? "ru" : "en"));
            });
        }
        for (int i = 0; i < 300; i++) {
            index.search(queries.get(i), null, false, 20);
        }
        long[] times = new long[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            hits += index.search(queries.get(i), null, false, 20).total();
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "search (20 hits with highlighted passages), %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                + "mean hits %,d%n", times.length, ms(times[times.length / 2]), ms(times[times.length * 95 / 100]),
                ms(times[times.length * 99 / 100]), hits / times.length);

    }

    /**
     * The checked import path at the same scale as the engine's bulk load: {@code rows} generated incidents (drawn like the bulk
     * load's) as CSV files under {@link IncidentImport#MAX_BYTES}, each imported as a user would (every row checked, one
     * transaction per file, running statistics, outbox and audit included). Generating the CSV text is not timed. Prints rows/s
     * and the time ratio to the bulk load of the same number of rows; then re-imports the first file (must add nothing).
     */
    private static void importPath(IncidentImport importer, JdbcClient jdbc, int rows, double bulkSeconds, List<String> regions) {
        int perFile = 100_000;
        Random r = new Random(3);
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<byte[]> files = new ArrayList<>();
        for (int from = 0; from < rows; from += perFile) {
            files.add(csv(run, from, Math.min(rows, from + perFile), regions, r));
        }
        long before = jdbc.sql("SELECT COUNT(*) FROM incidents").query(Long.class).single();
        long imported = 0;
        long t0 = System.nanoTime();
        long cpu0 = cpu();
        for (int f = 0; f < files.size(); f++) {
            ImportReport report = importer.importFile("bench-" + (f + 1) + ".csv", files.get(f), "bench");
            if (!report.errors().isEmpty()) {
                throw new IllegalStateException(report.summary() + ": " + report.errors().subList(0, Math.min(5, report.errors().size())));
            }
            imported += report.imported();
        }
        double s = seconds(t0);
        double cpu = (cpu() - cpu0) / 1e9;
        long after = jdbc.sql("SELECT COUNT(*) FROM incidents").query(Long.class).single();
        long largest = files.stream().mapToLong(b -> b.length).max().orElse(0);
        System.out.printf(Locale.ROOT, "checked CSV import: %,d rows in %d files (largest %.1f MB) in %.1f s (%,.0f rows/s; this thread's CPU %.1f s), "
                + "%,d new incidents%n", rows, files.size(), largest / 1e6, s, rows / s, cpu, after - before);
        System.out.printf(Locale.ROOT, "checked import / engine bulk load, %,d rows each: %.2fx%n", rows, s / bulkSeconds);
        if (imported != rows || after - before != rows) {
            throw new IllegalStateException("imported " + imported + ", table grew by " + (after - before) + ", expected " + rows);
        }
        t0 = System.nanoTime();
        ImportReport again = importer.importFile("bench-1.csv", files.get(0), "bench");
        System.out.printf(Locale.ROOT, "re-import of bench-1.csv: %s in %.2f s%n", again.summary(), seconds(t0));
        if (again.imported() != 0) {
            throw new IllegalStateException("re-import added " + again.imported());
        }
    }

    /** Rows {@code from} (inclusive) to {@code to} as an import CSV, values drawn like {@link #bulkLoad}'s. */
    private static byte[] csv(String run, int from, int to, List<String> regions, Random r) {
        StringBuilder csv = new StringBuilder("key,type,date_from,date_to,date_precision,region,site_kind,count,count_qualifier,agencies,"
                + "description,verified,published\n");
        for (int i = from; i < to; i++) {
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365 + 180));
            boolean month = r.nextInt(5) == 0;
            String region = r.nextInt(15) == 0 ? "" : regions.get(Math.min(regions.size() - 1, (int) Math.abs(r.nextGaussian() * regions.size() / 6)));
            String site = SITES[r.nextInt(SITES.length)];
            csv.append(run).append('-').append(i).append(',').append(TYPES[r.nextInt(TYPES.length)]).append(',');
            if (month) {
                csv.append(YearMonth.from(day)).append(",,month,");
            } else {
                csv.append(day).append(',').append(day).append(",day,");
            }
            csv.append(region).append(',').append(site == null ? "" : site).append(',');
            if (r.nextInt(3) == 0) {
                csv.append(",,");
            } else {
                csv.append(1 + r.nextInt(r.nextInt(10) == 0 ? 500 : 40)).append(',').append(QUALIFIERS[r.nextInt(QUALIFIERS.length)]).append(',');
            }
            int agencies = r.nextInt(3);
            for (int a = 0; a < agencies; a++) {
                csv.append(a == 0 ? "" : ";").append(AGENCIES[(i + a * 3) % AGENCIES.length]);
            }
            csv.append(",\"").append(r.nextBoolean() ? WORDS_EN[r.nextInt(WORDS_EN.length)] + ", " + WORDS_EN[r.nextInt(WORDS_EN.length)]
                    : WORDS_RU[r.nextInt(WORDS_RU.length)] + ", " + WORDS_RU[r.nextInt(WORDS_RU.length)]).append(" #").append(i).append("\",");
            csv.append(r.nextInt(10) == 0).append(',').append(r.nextBoolean()).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > IncidentImport.MAX_BYTES) {
            throw new IllegalStateException("bench file over the import limit: " + bytes.length + " bytes");
        }
        return bytes;
    }

    private static void measure(String what, int runs, Supplier<?> work) {
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            work.get();
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms (%d runs)%n", what, ms(t[runs / 2]), ms(t[runs * 95 / 100]), runs);
    }

    /** Inserts generated incidents straight into the tables, as an engine bulk load would. */
    private static void bulkLoad(DataSource ds, int n, List<String> regions, Random r) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long firstId;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM incidents")) {
                rs.next();
                firstId = rs.getLong(1) + 1;
            }
            try (PreparedStatement inc = c.prepareStatement("INSERT INTO incidents (id, type, date_from, date_to, date_precision, month, "
                    + "reported_on, region_code, locality, site_kind, count_value, count_qualifier, count_unit, identification, description, "
                    + "verified, verification, published, created_at, created_by, updated_at, updated_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, 'bench', ?, 'bench')");
                 PreparedStatement ag = c.prepareStatement("INSERT INTO incident_agencies (incident_id, agency) VALUES (?, ?)")) {
                for (int i = 0; i < n; i++) {
                    long id = firstId + i;
                    LocalDate day = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365 + 180));
                    boolean month = r.nextInt(5) == 0;
                    boolean unknownDate = r.nextInt(20) == 0;
                    String region = regions.get(Math.min(regions.size() - 1, (int) Math.abs(r.nextGaussian() * regions.size() / 6)));
                    int p = 1;
                    inc.setLong(p++, id);
                    inc.setString(p++, TYPES[r.nextInt(TYPES.length)]);
                    LocalDate from = month ? day.withDayOfMonth(1) : day;
                    LocalDate to = month ? YearMonth.from(day).atEndOfMonth() : day;
                    inc.setObject(p++, unknownDate ? null : from.toString(), java.sql.Types.OTHER);
                    inc.setObject(p++, unknownDate ? null : to.toString(), java.sql.Types.OTHER);
                    inc.setString(p++, unknownDate ? null : month ? "month" : "day");
                    inc.setString(p++, unknownDate ? "" : YearMonth.from(day).toString());
                    inc.setObject(p++, day.plusDays(1 + r.nextInt(5)).toString(), java.sql.Types.OTHER);
                    inc.setString(p++, r.nextInt(15) == 0 ? null : region);
                    inc.setString(p++, null);
                    inc.setString(p++, SITES[r.nextInt(SITES.length)]);
                    if (r.nextInt(3) == 0) {
                        inc.setObject(p++, null);
                        inc.setString(p++, null);
                    } else {
                        inc.setLong(p++, 1 + r.nextInt(r.nextInt(10) == 0 ? 500 : 40));
                        inc.setString(p++, QUALIFIERS[r.nextInt(QUALIFIERS.length)]);
                    }
                    inc.setString(p++, (r.nextBoolean() ? WORDS_EN[r.nextInt(WORDS_EN.length)] + ", " + WORDS_EN[r.nextInt(WORDS_EN.length)]
                            : WORDS_RU[r.nextInt(WORDS_RU.length)] + ", " + WORDS_RU[r.nextInt(WORDS_RU.length)]) + " #" + i);
                    boolean verified = r.nextInt(10) == 0;
                    inc.setBoolean(p++, verified);
                    inc.setString(p++, verified ? "verified" : r.nextInt(4) == 0 ? "corroborated" : "single_source");
                    inc.setBoolean(p++, r.nextBoolean());
                    inc.setTimestamp(p++, now);
                    inc.setTimestamp(p, now);
                    inc.addBatch();
                    int agencies = r.nextInt(3);
                    for (int a = 0; a < agencies; a++) {
                        ag.setLong(1, id);
                        ag.setString(2, AGENCIES[(i + a * 3) % AGENCIES.length]);
                        ag.addBatch();
                    }
                    if (i % 5000 == 4999) {
                        inc.executeBatch();
                        ag.executeBatch();
                    }
                }
                inc.executeBatch();
                ag.executeBatch();
            }
            c.commit();
        }
    }

    private static void execute(String url, Path dir, String sql) throws Exception {
        DatabaseLocation location = DatabaseLocation.resolve(url, dir);
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.username(), location.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** CPU time of the calling thread (SQLite works in it; PostgreSQL's share is in the server), in nanoseconds. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
