package org.rightsdesk.monitor;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.storage.DatabaseInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports incidents from CSV or JSON files (columns in docs/monitor.md). A file is checked row by
 * row first; if any row is wrong (a missing or unknown column, a ragged row, 31 February, an unknown
 * code) the report lists every problem and nothing of that file is written. Otherwise all rows are
 * written in one transaction. Each row has a key (the {@code key} column, or a hash of the row), so
 * importing the same file again adds nothing.
 */
@Service
public class IncidentImport {

    /** Columns every file must have. */
    public static final List<String> REQUIRED = List.of("type", "date_from", "region", "count");
    /** Every column a file may have, in the documented order. */
    public static final List<String> COLUMNS = List.of("key", "type", "date_from", "date_to", "date_precision", "region",
            "locality", "site_kind", "count", "count_qualifier", "count_unit", "agencies", "identification", "outcomes",
            "description", "verified", "published", "source_url", "quote", "count_quote");
    /** Larger files are refused before parsing. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final IncidentRegistry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final DatabaseInfo database;

    IncidentImport(IncidentRegistry registry, JdbcClient jdbc, TransactionTemplate transactions, AuditLog audit, DatabaseInfo database) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.database = database;
    }

    private record Row(int number, Map<String, String> values) {
    }

    private record Valid(String key, IncidentDraft draft, boolean verified, boolean published) {
    }

    /** Imports one file; {@code name} decides the format (.csv or .json) and names it in the report. */
    public ImportReport importFile(String name, byte[] content, String by) {
        String label = name == null || name.isBlank() ? "upload" : name;
        String lower = label.toLowerCase(Locale.ROOT);
        List<ImportReport.Problem> problems = new ArrayList<>();
        List<Row> rows;
        try {
            if (content.length > MAX_BYTES) {
                throw new MonitorProblem("import.size", "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB",
                        MAX_BYTES / (1024 * 1024));
            }
            String text = utf8(content);
            if (lower.endsWith(".csv")) {
                rows = csv(text);
            } else if (lower.endsWith(".json")) {
                rows = json(text);
            } else {
                throw new MonitorProblem("import.kind", "not a .csv or .json file");
            }
        } catch (MonitorProblem e) {
            return new ImportReport(label, 0, 0, List.of(ImportReport.Problem.of(null, e)));
        }
        List<Valid> valid = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        Lookups lookups = new Lookups();
        for (Row row : rows) {
            try {
                Valid v = validate(row, lookups);
                Integer first = keys.putIfAbsent(v.key, row.number);
                if (first != null) {
                    throw new MonitorProblem("import.key", "the same key as row " + first, first);
                }
                valid.add(v);
            } catch (MonitorProblem e) {
                problems.add(ImportReport.Problem.of(row.number, e));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(label, 0, 0, List.copyOf(problems));
        }
        if (valid.isEmpty()) {
            return new ImportReport(label, 0, 0, List.of(ImportReport.Problem.of(null, new MonitorProblem("import.no_rows", "no rows"))));
        }
        int[] counts = new int[2];
        transactions.executeWithoutResult(tx -> {
            if (!database.isSqlite()) {
                // The key look-ups run hundreds of times per file on a pooled connection. After five runs PostgreSQL may keep a
                // generic plan made while the table was small (a sequential scan), which later files then pay for with a scan
                // per 500 keys: minutes per file. Planning each look-up with its values is cheap next to that.
                jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
            }
            Set<String> onFile = keysOnFile(valid.stream().map(Valid::key).toList());
            List<IncidentRegistry.Imported> fresh = valid.stream().filter(v -> !onFile.contains(v.key))
                    .map(v -> new IncidentRegistry.Imported(v.key, v.draft, v.published, v.verified)).toList();
            registry.createAllImported(fresh, by);
            counts[0] = fresh.size();
            counts[1] = valid.size() - fresh.size();
            if (counts[0] > 0) {
                audit.record(by, "monitor.incidents.imported", "import", Integer.toString(counts[0]));
            }
        });
        return new ImportReport(label, counts[0], counts[1], List.of());
    }

    private Set<String> keysOnFile(List<String> keys) {
        Set<String> found = new java.util.HashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            found.addAll(jdbc.sql("SELECT import_key FROM incidents WHERE import_key IN (:keys)")
                    .param("keys", keys.subList(from, Math.min(keys.size(), from + 500))).query(String.class).list());
        }
        return found;
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new MonitorProblem("import.binary", "this is a binary file, not CSV or JSON text");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new MonitorProblem("import.encoding", "not UTF-8 text (save the file as UTF-8)");
        }
    }

    private static List<Row> csv(String text) {
        if (text.isBlank()) {
            throw new MonitorProblem("import.empty", "the file is empty");
        }
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            checkColumns(header);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                if (r.size() != header.size()) {
                    throw new MonitorProblem("import.ragged", "row " + line + " has " + r.size() + " fields but the header has "
                            + header.size(), line, r.size(), header.size());
                }
                Map<String, String> values = new LinkedHashMap<>(header.size() * 4 / 3 + 1);
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), r.get(i));
                }
                rows.add(new Row(line, values));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String detail = firstLine(e.getMessage());
            throw new MonitorProblem("import.csv", "not readable as CSV: " + detail, detail);
        }
    }

    private static List<Row> json(String text) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(text);
        } catch (JacksonException e) {
            String detail = firstLine(e.getOriginalMessage());
            throw new MonitorProblem("import.json", "not readable as JSON: " + detail, detail);
        }
        if (root != null && root.isObject() && root.has("incidents")) {
            root = root.get("incidents");
        }
        if (root == null || !root.isArray()) {
            throw new MonitorProblem("import.json_shape", "expected a JSON array of incidents (or {\"incidents\": [...]})");
        }
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode item : root) {
            n++;
            if (!item.isObject()) {
                throw new MonitorProblem("import.json_item", "incident " + n + " is not a JSON object", n);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (var field : item.properties()) {
                values.put(field.getKey(), jsonText(field.getValue()));
            }
            Set<String> unknown = new TreeSet<>(values.keySet());
            COLUMNS.forEach(unknown::remove);
            Set<String> missing = new TreeSet<>(REQUIRED);
            missing.removeAll(values.keySet());
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                throw new MonitorProblem("import.fields", "incident " + n + ": " + columnProblems(missing, unknown), n,
                        listOrDash(missing), listOrDash(unknown));
            }
            rows.add(new Row(n, values));
        }
        return rows;
    }

    private static String jsonText(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(p -> parts.add(p.asString()));
            return String.join(";", parts);
        }
        return v.asString();
    }

    private static void checkColumns(List<String> header) {
        Set<String> unknown = new TreeSet<>(header);
        COLUMNS.forEach(unknown::remove);
        Set<String> missing = new TreeSet<>(REQUIRED);
        missing.removeAll(header);
        Set<String> twice = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        header.forEach(h -> {
            if (!seen.add(h)) {
                twice.add(h);
            }
        });
        if (!unknown.isEmpty() || !missing.isEmpty() || !twice.isEmpty()) {
            String problems = columnProblems(missing, unknown) + (twice.isEmpty() ? "" : "; column twice: " + String.join(", ", twice));
            throw new MonitorProblem("import.columns", "header: " + problems.replaceFirst("^; ", ""), listOrDash(missing),
                    listOrDash(unknown), listOrDash(twice), String.join(", ", COLUMNS));
        }
    }

    private static String columnProblems(Set<String> missing, Set<String> unknown) {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing column " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            parts.add("unknown column " + String.join(", ", unknown) + " (allowed: " + String.join(", ", COLUMNS) + ")");
        }
        return String.join("; ", parts);
    }

    /** Sources looked up while checking one file (rows often cite the same article): by address, and by id. */
    private static final class Lookups {
        final Map<String, Optional<Long>> sourceIdByUrl = new HashMap<>();
        final Map<Long, Optional<Source>> sourceById = new HashMap<>();
    }

    private Valid validate(Row row, Lookups lookups) {
        Map<String, String> v = row.values;
        IncidentType type = Codes.parse(IncidentType.class, v.get("type"), "type");
        Period period = Period.parse(v.get("date_from"), v.get("date_to"), v.get("date_precision"));
        Place place = new Place(get(v, "region"), get(v, "locality"), Codes.parseOptional(SiteKind.class, get(v, "site_kind"), "site_kind"));
        Count count = count(get(v, "count"), get(v, "count_qualifier"), get(v, "count_unit"));
        Set<Agency> agencies = EnumSet.noneOf(Agency.class);
        for (String a : list(get(v, "agencies"))) {
            agencies.add(Codes.parse(Agency.class, a, "agencies"));
        }
        List<OutcomeCount> outcomes = new ArrayList<>();
        for (String o : list(get(v, "outcomes"))) {
            outcomes.add(new OutcomeCount(Codes.parse(Outcome.class, o, "outcomes"), null));
        }
        IdentificationMethod ident = Codes.parseOptional(IdentificationMethod.class, get(v, "identification"), "identification");
        Long sourceId = null;
        List<Evidence> evidence = new ArrayList<>();
        String url = get(v, "source_url");
        if (url != null) {
            sourceId = lookups.sourceIdByUrl.computeIfAbsent(url,
                            u -> jdbc.sql("SELECT id FROM sources WHERE url = ? ORDER BY id LIMIT 1").param(u).query(Long.class).optional())
                    .orElseThrow(() -> new MonitorProblem("import.source", "source_url: no source on file with this address (file the article first)"));
        }
        if (get(v, "quote") != null) {
            evidence.add(new Evidence(CodedField.TYPE, get(v, "quote")));
        }
        if (get(v, "count_quote") != null) {
            evidence.add(new Evidence(CodedField.COUNT, get(v, "count_quote")));
        }
        if (!evidence.isEmpty() && sourceId == null) {
            throw new MonitorProblem("import.quote", "quote: a quote needs source_url");
        }
        IncidentDraft draft = new IncidentDraft(type, period, place, count, agencies, ident, outcomes, get(v, "description"),
                sourceId, evidence);
        draft = registry.check(draft, lookups.sourceById); // region, locality and quotes now, so the write step cannot fail on them
        String key = get(v, "key") != null ? "key:" + get(v, "key") : "row:" + hash(v);
        return new Valid(key, draft, bool(v, "verified"), bool(v, "published"));
    }

    private static Count count(String value, String qualifier, String unit) {
        if (value == null) {
            if (qualifier != null) {
                throw new MonitorProblem("import.count_qualifier", "count_qualifier: given without a count");
            }
            return new Count(null, null, unit);
        }
        try {
            long n = Long.parseLong(value.replace(" ", "").replace("\u00a0", "").replace(",", ""));
            return new Count(n, qualifier == null ? Qualifier.EXACT : Codes.parse(Qualifier.class, qualifier, "count_qualifier"), unit);
        } catch (NumberFormatException e) {
            throw new MonitorProblem("import.count", "count: '" + value + "' is not a whole number", value);
        }
    }

    private static boolean bool(Map<String, String> v, String column) {
        String s = get(v, column);
        if (s == null) {
            return false;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "да" -> true;
            case "false", "no", "0", "нет" -> false;
            default -> throw new MonitorProblem("import.bool", column + ": '" + s + "' is not true or false", column, s);
        };
    }

    private static List<String> list(String s) {
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ';' || s.charAt(i) == ',') { // as split("[;,]"), stripped, blanks dropped
                String part = s.substring(from, i).strip();
                if (!part.isEmpty()) {
                    out.add(part);
                }
                from = i + 1;
            }
        }
        return out;
    }

    private static String get(Map<String, String> v, String column) {
        String s = v.get(column);
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A stable fingerprint of a row's content (column order and blank columns do not matter). */
    private static String hash(Map<String, String> v) {
        Map<String, String> sorted = new TreeMap<>();
        v.forEach((k, val) -> {
            if (val != null && !val.isBlank() && !k.equals("published") && !k.equals("verified")) {
                sorted.put(k, Spans.normalise(val));
            }
        });
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sorted.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String listOrDash(Set<String> columns) {
        return columns.isEmpty() ? "—" : String.join(", ", columns);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
