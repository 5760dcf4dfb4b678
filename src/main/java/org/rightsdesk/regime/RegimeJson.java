package org.rightsdesk.regime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of the regime API, shared by the HTTP API and the command line so that both
 * give the same answer for the same file.
 *
 * <p>Input: one object with the fields of {@link PersonFacts} (dates as {@code YYYY-MM-DD},
 * enums by name) and an optional {@code on}, the evaluation day. Reading is strict: unknown
 * fields, wrong types, bad dates and unknown enum values are {@link FactsProblem}s naming the
 * field, e.g. {@code documents[2].kind}. Output: the {@link Assessment} record as JSON, texts as
 * {@code {"en": …, "ru": …}}, dates as ISO strings.
 */
public final class RegimeJson {

    /** The input document: the facts and, optionally, the day to judge them on. */
    public record Request(LocalDate on, PersonFacts facts) {
    }

    private static final JsonMapper READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Writes citations in full (the "rules" section, lists of rules). */
    private static final JsonMapper FULL = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("regime-texts").addSerializer(Text.class, new TextSerializer()))
            .build();

    /** Writes an assessment's citations as R-numbers; the full rules follow once, in "rules". */
    private static final JsonMapper WRITER = FULL.rebuild()
            .addModule(new SimpleModule("regime-citations").addSerializer(Citation.class, new CitationIdSerializer()))
            .build();

    private RegimeJson() {
    }

    /** Reads a request document. @throws FactsProblem naming the field and the problem */
    public static Request read(String json) {
        JsonNode root;
        try {
            root = READER.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new FactsProblem("(document)", "is not well-formed JSON" + where);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new FactsProblem("(document)", "is empty: expected a JSON object with the person's facts");
        }
        Reader r = new Reader();
        Request request = r.request(root);
        if (!r.issues.isEmpty()) {
            throw new FactsProblem(r.issues);
        }
        return request;
    }

    /**
     * The assessment as pretty-printed JSON: every item cites rules by R-number, and a final
     * {@code rules} list gives each cited rule once in full (title, summary, basis, period,
     * sources, confidence).
     */
    public static String write(Assessment assessment) {
        ObjectNode root = WRITER.valueToTree(assessment);
        root.set("rules", FULL.valueToTree(assessment.citedRules()));
        return FULL.writeValueAsString(root);
    }

    /** Any value of the regime API (e.g. a list of citations) as pretty-printed JSON, citations in full. */
    public static String writeValue(Object value) {
        return FULL.writeValueAsString(value);
    }

    /** A problem as JSON: {@code {"errors": [{"field": …, "problem": …}]}} (used by the CLI). */
    public static String write(FactsProblem problem) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FactsProblem.Issue i : problem.issues()) {
            errors.add(Map.of("field", i.field(), "problem", i.problem()));
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

    /** Walks the tree, collecting every problem with its path instead of stopping at the first. */
    private static final class Reader {
        final List<FactsProblem.Issue> issues = new ArrayList<>();

        Request request(JsonNode root) {
            if (!root.isObject()) {
                problem("(document)", "must be a JSON object with the person's facts");
                return null;
            }
            Set<String> known = Set.of("on", "citizenship", "sex", "birthDate", "stays", "placesOfStay", "documents",
                    "patentPayments", "rulings", "registryChecks", "naturalisation", "children");
            unknownFields(root, "", known);
            LocalDate on = date(root, "on", "");
            PersonFacts facts = new PersonFacts(string(root, "citizenship", ""), enumValue(root, "sex", "", Sex.class),
                    date(root, "birthDate", ""),
                    list(root, "stays", this::stay), list(root, "placesOfStay", this::place),
                    list(root, "documents", this::document), list(root, "patentPayments", this::payment),
                    list(root, "rulings", this::ruling), list(root, "registryChecks", this::check),
                    naturalisation(root.get("naturalisation")), list(root, "children", this::child));
            return new Request(on, facts);
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
            if (months == null && !n.has("months")) {
                problem(at + ".months", "is required");
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
                problem(at + ".listed", "is required (true or false)");
            }
            return new RegistryCheck(date(n, "checkedOn", at), bool(n, "listed", at), date(n, "listedSince", at));
        }

        Naturalisation naturalisation(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            String at = "naturalisation";
            if (!n.isObject()) {
                problem(at, "must be an object");
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

        <T> List<T> list(JsonNode parent, String name, BiFunction<JsonNode, String, T> element) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return List.of();
            }
            if (!n.isArray()) {
                problem(name, "must be a list ([...])");
                return List.of();
            }
            List<T> out = new ArrayList<>(n.size());
            int i = 0;
            for (JsonNode e : n.values()) {
                String at = name + "[" + i++ + "]";
                if (!e.isObject()) {
                    problem(at, "must be an object ({...})");
                    continue;
                }
                out.add(element.apply(e, at));
            }
            return out;
        }

        void unknownFields(JsonNode n, String at, Set<String> known) {
            for (String name : n.propertyNames()) {
                if (!known.contains(name)) {
                    problem(path(at, name), "is not a known field");
                }
            }
        }

        LocalDate date(JsonNode parent, String name, String at) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isString()) {
                problem(path(at, name), "must be a date written as \"YYYY-MM-DD\"");
                return null;
            }
            try {
                return LocalDate.parse(n.stringValue());
            } catch (DateTimeParseException e) {
                problem(path(at, name), "is not a valid date (expected YYYY-MM-DD)");
                return null;
            }
        }

        String string(JsonNode parent, String name, String at) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isString()) {
                problem(path(at, name), "must be a string");
                return null;
            }
            return n.stringValue();
        }

        Integer integer(JsonNode parent, String name, String at) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                problem(path(at, name), "must be a whole number");
                return null;
            }
            return n.intValue();
        }

        boolean bool(JsonNode parent, String name, String at) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return false;
            }
            if (!n.isBoolean()) {
                problem(path(at, name), "must be true or false");
                return false;
            }
            return n.booleanValue();
        }

        <E extends Enum<E>> E enumValue(JsonNode parent, String name, String at, Class<E> type) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
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
                    Arrays.stream(values).map(Enum::name).toList()));
            return null;
        }

        void problem(String field, String problem) {
            issues.add(new FactsProblem.Issue(field, problem));
        }

        private static String path(String at, String name) {
            return at.isEmpty() ? name : at + "." + name;
        }
    }
}
