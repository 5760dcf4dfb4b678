package org.rightsdesk.regime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of the regime API, shared by the HTTP API and the command line so that both
 * give the same answer for the same file.
 *
 * <p>Input: one object with the fields of {@link PersonFacts} (dates as {@code YYYY-MM-DD},
 * enums by name) and {@code on}, the evaluation day (required, unless the caller supplies it, as
 * the command line's {@code --on} does). Reading is strict and reports every problem in one pass:
 * unknown fields, wrong types, {@code null} anywhere, bad dates, unknown enum values, control
 * characters, lists longer than their limit and a document over {@link #MAX_DOCUMENT_BYTES} are
 * {@link FactsProblem}s naming the field (e.g. {@code documents[2].kind}), and so is everything
 * {@link RegimeEngine#validate} finds in the facts that could be read, all in one list.
 *
 * <p>Output: the {@link Assessment} as JSON, {@code headlines} right after {@code on}, texts as
 * {@code {"en": …, "ru": …}}, dates as ISO strings, rules cited by R-number and given once in
 * full in a final {@code rules} list. It is written as a stream to the caller's
 * {@link OutputStream} or {@link Writer}, never built as one string: an assessment of 10,000 stays
 * is tens of megabytes.
 */
public final class RegimeJson {

    /** The largest input accepted: 10,000 stays and 10,000 places of stay, pretty-printed, take about 3 MB. */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

    /** The input document: the facts and the day to judge them on. */
    public record Request(LocalDate on, PersonFacts facts) {
    }

    private static final JsonMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Writes citations in full (the "rules" section, lists of rules). */
    private static final JsonMapper FULL = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("regime-texts").addSerializer(Text.class, new TextSerializer()))
            .build();

    /** Writes an assessment's citations as R-numbers; the full rules follow once, in "rules". */
    private static final JsonMapper WRITER = FULL.rebuild()
            .addModule(new SimpleModule("regime-citations").addSerializer(Citation.class, new CitationIdSerializer()))
            .build();

    /** The assessment's fields in the order written: the day, the headlines, then the record's own order. */
    private static final List<RecordComponent> FIELDS = fieldOrder();

    private RegimeJson() {
    }

    /** Reads a request document whose {@code on} is required. @throws FactsProblem naming every problem */
    public static Request read(String json) {
        return read(json, null);
    }

    /**
     * Reads a request document; {@code on}, when not null, is the evaluation day (it replaces the
     * document's own, which is still checked). @throws FactsProblem naming every problem, reading
     * and validation alike
     */
    public static Request read(String json, LocalDate on) {
        if (json != null && json.length() > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        JsonNode root;
        try {
            root = READER.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new FactsProblem("(document)", "is not well-formed JSON" + where, "malformed");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new FactsProblem("(document)", "is empty: expected a JSON object with the person's facts", "required");
        }
        Reader r = new Reader();
        Request request = r.request(root, on);
        List<FactsProblem.Issue> all = r.issues;
        if (request != null) {
            all = merge(r.issues, FactsValidator.problems(request.facts(), request.on()));
        }
        if (!all.isEmpty()) {
            throw new FactsProblem(all);
        }
        return request;
    }

    /** Reads at most {@link #MAX_DOCUMENT_BYTES} of UTF-8 JSON from the stream (not closed). @see #read(String, LocalDate) */
    public static Request read(InputStream in, LocalDate on) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[16384];
        try {
            for (int n; (n = in.read(chunk)) > 0; ) {
                if (buffer.size() + n > MAX_DOCUMENT_BYTES) {
                    throw tooLarge();
                }
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(buffer.toString(StandardCharsets.UTF_8), on);
    }

    private static FactsProblem tooLarge() {
        return new FactsProblem("(document)", "is larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB, the most accepted",
                "too-large");
    }

    /**
     * The reader's problems, then the validator's about fields the reader found nothing wrong with: a
     * date the reader could not parse is not reported again as "required".
     */
    private static List<FactsProblem.Issue> merge(List<FactsProblem.Issue> read, List<FactsProblem.Issue> validated) {
        if (read.isEmpty()) {
            return validated;
        }
        Set<String> seen = new HashSet<>();
        read.forEach(i -> seen.add(i.field()));
        List<FactsProblem.Issue> all = new ArrayList<>(read);
        for (FactsProblem.Issue i : validated) {
            if (!seen.contains(i.field())) {
                all.add(i);
            }
        }
        return all;
    }

    /**
     * Writes the assessment as pretty-printed JSON to {@code out} as it goes (the stream is flushed,
     * not closed): every item cites rules by R-number, and a final {@code rules} list gives each cited
     * rule once in full (title, summary, basis, period, sources, confidence).
     */
    public static void write(Assessment assessment, Writer out) {
        try (JsonGenerator g = WRITER.createGenerator(out)) {
            write(assessment, g);
        }
    }

    /** As {@link #write(Assessment, Writer)}, in UTF-8. */
    public static void write(Assessment assessment, OutputStream out) {
        try (JsonGenerator g = WRITER.createGenerator(out)) {
            write(assessment, g);
        }
    }

    /** One field at a time, each serialised straight into the generator, which passes on what it has every few kilobytes. */
    private static void write(Assessment assessment, JsonGenerator g) {
        g.writeStartObject();
        for (RecordComponent field : FIELDS) {
            g.writeName(field.getName());
            WRITER.writeValue(g, value(field, assessment));
        }
        g.writeName("rules");
        FULL.writeValue(g, assessment.citedRules());
        g.writeEndObject();
    }

    /** The assessment as one JSON string: for tests and small answers; callers with a stream use {@link #write(Assessment, Writer)}. */
    public static String write(Assessment assessment) {
        StringWriter out = new StringWriter();
        write(assessment, out);
        return out.toString();
    }

    private static List<RecordComponent> fieldOrder() {
        List<RecordComponent> out = new ArrayList<>(Arrays.asList(Assessment.class.getRecordComponents()));
        List<RecordComponent> first = new ArrayList<>();
        for (String name : List.of("on", "headlines")) {
            out.stream().filter(c -> c.getName().equals(name)).findFirst().ifPresent(first::add);
        }
        out.removeAll(first);
        first.addAll(out);
        return List.copyOf(first);
    }

    private static Object value(RecordComponent field, Assessment a) {
        try {
            return field.getAccessor().invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read Assessment." + field.getName(), e);
        }
    }

    /** Any value of the regime API (e.g. a list of citations) as pretty-printed JSON, citations in full. */
    public static String writeValue(Object value) {
        return FULL.writeValueAsString(value);
    }

    /** A problem as JSON: {@code {"errors": [{"field": …, "problem": …, "code": …}]}} (used by the CLI). */
    public static String write(FactsProblem problem) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FactsProblem.Issue i : problem.issues()) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("field", i.field());
            e.put("problem", i.problem());
            e.put("code", i.code());
            errors.add(e);
        }
        return WRITER.writeValueAsString(Map.of("errors", errors));
    }

    private static final class CitationIdSerializer extends ValueSerializer<Citation> {
        @Override
        public void serialize(Citation value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.rule());
        }
    }

    private static final class TextSerializer extends ValueSerializer<Text> {
        @Override
        public void serialize(Text value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            if (value.key() != null) {
                gen.writeStringProperty("key", value.key());
            }
            gen.writeStringProperty("en", value.en());
            gen.writeStringProperty("ru", value.ru());
            gen.writeEndObject();
        }
    }

    /**
     * Walks the tree, collecting every problem with its path instead of stopping at the first. A field
     * that cannot be read becomes null (a list element that is not an object stays in its place as null),
     * so that the validator's paths still match the document.
     */
    private static final class Reader {
        static final Set<String> TOP = Set.of("on", "citizenship", "sex", "birthDate", "stays", "placesOfStay", "documents",
                "patentPayments", "rulings", "registryChecks", "naturalisation", "children");
        final List<FactsProblem.Issue> issues = new ArrayList<>();

        Request request(JsonNode root, LocalDate onGiven) {
            if (!root.isObject()) {
                problem("(document)", "must be a JSON object with the person's facts", "wrong-type");
                return null;
            }
            unknownFields(root, "", TOP);
            LocalDate on = date(root, "on", "");
            PersonFacts facts = new PersonFacts(string(root, "citizenship", ""), enumValue(root, "sex", "", Sex.class),
                    date(root, "birthDate", ""),
                    list(root, "stays", this::stay), list(root, "placesOfStay", this::place),
                    list(root, "documents", this::document), list(root, "patentPayments", this::payment),
                    list(root, "rulings", this::ruling), list(root, "registryChecks", this::check),
                    naturalisation(root), list(root, "children", this::child));
            return new Request(onGiven != null ? onGiven : on, facts);
        }

        Stay stay(JsonNode n, String at) {
            unknownFields(n, at, Set.of("entered", "left", "purpose", "ref"));
            return new Stay(date(n, "entered", at), date(n, "left", at), enumValue(n, "purpose", at, Purpose.class),
                    string(n, "ref", at));
        }

        PlaceOfStay place(JsonNode n, String at) {
            unknownFields(n, at, Set.of("arrived", "accommodation", "ref"));
            return new PlaceOfStay(date(n, "arrived", at), enumValue(n, "accommodation", at, Accommodation.class),
                    string(n, "ref", at));
        }

        Document document(JsonNode n, String at) {
            unknownFields(n, at, Set.of("kind", "issued", "validUntil", "ref"));
            return new Document(enumValue(n, "kind", at, DocumentKind.class), date(n, "issued", at), date(n, "validUntil", at),
                    string(n, "ref", at));
        }

        PatentPayment payment(JsonNode n, String at) {
            unknownFields(n, at, Set.of("paidOn", "months"));
            Integer months = integer(n, "months", at);
            if (!n.has("months")) {
                problem(path(at, "months"), "is required", "required");
            }
            return new PatentPayment(date(n, "paidOn", at), months == null ? 0 : months);
        }

        ExpulsionRuling ruling(JsonNode n, String at) {
            unknownFields(n, at, Set.of("kind", "decided", "served", "forced", "detained", "appealFiled", "ref"));
            return new ExpulsionRuling(enumValue(n, "kind", at, RulingKind.class), date(n, "decided", at), date(n, "served", at),
                    bool(n, "forced", at), bool(n, "detained", at), date(n, "appealFiled", at), string(n, "ref", at));
        }

        RegistryCheck check(JsonNode n, String at) {
            unknownFields(n, at, Set.of("checkedOn", "listed", "listedSince"));
            if (!n.has("listed")) {
                problem(path(at, "listed"), "is required (true or false)", "required");
            }
            return new RegistryCheck(date(n, "checkedOn", at), bool(n, "listed", at), date(n, "listedSince", at));
        }

        Naturalisation naturalisation(JsonNode root) {
            JsonNode n = present(root, "naturalisation", "");
            if (n == null) {
                return null;
            }
            String at = "naturalisation";
            if (!n.isObject()) {
                problem(at, "must be an object ({...})", "wrong-type");
                return null;
            }
            unknownFields(n, at, Set.of("acquired", "passportReceived", "residenceRegistered", "militaryRegistered"));
            return new Naturalisation(date(n, "acquired", at), date(n, "passportReceived", at),
                    date(n, "residenceRegistered", at), date(n, "militaryRegistered", at));
        }

        Child child(JsonNode n, String at) {
            unknownFields(n, at, Set.of("birthDate", "schoolApplied", "grade", "testFailedOn", "exemption", "ref"));
            return new Child(date(n, "birthDate", at), date(n, "schoolApplied", at), integer(n, "grade", at),
                    date(n, "testFailedOn", at), enumValue(n, "exemption", at, SchoolTestExemption.class), string(n, "ref", at));
        }

        /**
         * A list: each element read by {@code element}, a non-object kept as a null in its place, and no more
         * than the list's limit read (the rest is one problem on the list, not work to do).
         */
        <T> List<T> list(JsonNode parent, String name, BiFunction<JsonNode, String, T> element) {
            JsonNode n = present(parent, name, "");
            if (n == null) {
                return List.of();
            }
            if (!n.isArray()) {
                problem(name, "must be a list ([...])", "wrong-type");
                return List.of();
            }
            int max = FactsValidator.LIMITS.getOrDefault(name, FactsValidator.DEFAULT_LIMIT);
            if (n.size() > max) {
                problem(name, FactsValidator.tooMany(max), "too-many");
            }
            List<T> out = new ArrayList<>(Math.min(n.size(), max));
            for (int i = 0; i < n.size() && i < max; i++) {
                JsonNode e = n.get(i);
                String at = name + "[" + i + "]";
                if (!e.isObject()) {
                    problem(at, "must be an object ({...})", e.isNull() ? "null" : "wrong-type");
                    out.add(null);
                    continue;
                }
                out.add(element.apply(e, at));
            }
            return out;
        }

        void unknownFields(JsonNode n, String at, Set<String> known) {
            for (String name : n.propertyNames()) {
                if (!known.contains(name)) {
                    problem(path(at, shown(name)), "is not a known field", "unknown-field");
                }
            }
        }

        /** The field's value; null when it is absent. An explicit JSON null is a problem, never "not given". */
        JsonNode present(JsonNode parent, String name, String at) {
            JsonNode n = parent.get(name);
            if (n != null && n.isNull()) {
                problem(path(at, name), "is null: leave the field out when it is not known, or give a value", "null");
                return null;
            }
            return n;
        }

        LocalDate date(JsonNode parent, String name, String at) {
            JsonNode n = present(parent, name, at);
            if (n == null) {
                return null;
            }
            if (!n.isString()) {
                problem(path(at, name), "must be a date written as \"YYYY-MM-DD\"", "wrong-type");
                return null;
            }
            try {
                return LocalDate.parse(n.stringValue());
            } catch (DateTimeParseException e) {
                problem(path(at, name), "is not a valid date (expected YYYY-MM-DD)", "bad-date");
                return null;
            }
        }

        String string(JsonNode parent, String name, String at) {
            JsonNode n = present(parent, name, at);
            if (n == null) {
                return null;
            }
            if (!n.isString()) {
                problem(path(at, name), "must be a string", "wrong-type");
                return null;
            }
            String text = n.stringValue();
            String wrong = FactsValidator.textProblem(text);
            if (wrong != null) {
                problem(path(at, name), wrong, wrong.startsWith("contains") ? "control-character" : "too-long");
                return null;
            }
            return text;
        }

        Integer integer(JsonNode parent, String name, String at) {
            JsonNode n = present(parent, name, at);
            if (n == null) {
                return null;
            }
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                problem(path(at, name), "must be a whole number", "wrong-type");
                return null;
            }
            return n.intValue();
        }

        boolean bool(JsonNode parent, String name, String at) {
            JsonNode n = present(parent, name, at);
            if (n == null) {
                return false;
            }
            if (!n.isBoolean()) {
                problem(path(at, name), "must be true or false", "wrong-type");
                return false;
            }
            return n.booleanValue();
        }

        <E extends Enum<E>> E enumValue(JsonNode parent, String name, String at, Class<E> type) {
            JsonNode n = present(parent, name, at);
            if (n == null) {
                return null;
            }
            E[] values = type.getEnumConstants();
            if (n.isString()) {
                for (E e : values) {
                    if (e.name().equals(n.stringValue())) {
                        return e;
                    }
                }
            }
            problem(path(at, name), "is not a known value; expected one of " + String.join(", ",
                    Arrays.stream(values).map(Enum::name).toList()), "unknown-value");
            return null;
        }

        void problem(String field, String problem, String code) {
            issues.add(new FactsProblem.Issue(field, problem, code));
        }

        private static String path(String at, String name) {
            return at.isEmpty() ? name : at + "." + name;
        }

        /**
         * An unknown field's name as it may be shown: control characters written as {@code \\uXXXX} and
         * at most 40 characters, so that an error message cannot rewrite a terminal or flood a log.
         */
        static String shown(String name) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < name.length() && out.length() < 40; i++) {
                char c = name.charAt(i);
                out.append(FactsValidator.isControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
            return out.length() < name.length() ? out + "…" : out.toString();
        }
    }
}
