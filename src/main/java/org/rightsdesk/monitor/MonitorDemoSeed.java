package org.rightsdesk.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rightsdesk.storage.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data for {@code ./rightsdesk demo}: the incidents, figures and measures described by the
 * five seed articles, coded in the project's own words in {@code monitor/demo-seed.json}. Each
 * demo source cites the real article; its text is our short summary, and evidence quotes point
 * into that summary. Everything is published so the public pages show it too.
 */
@Component
class MonitorDemoSeed implements DemoSeed {

    static final String RESOURCE = "monitor/demo-seed.json";
    private static final String BY = "demo";

    private final SourceCatalog sources;
    private final IncidentRegistry incidents;
    private final Figures figures;
    private final Measures measures;

    MonitorDemoSeed(SourceCatalog sources, IncidentRegistry incidents, Figures figures, Measures measures) {
        this.sources = sources;
        this.incidents = incidents;
        this.figures = figures;
        this.measures = measures;
    }

    @Override
    public int order() {
        return 50; // after accounts; sources before anything that cites them
    }

    @Override
    @Transactional
    public void load() {
        JsonNode root = read();
        Map<String, Long> sourceIds = new HashMap<>();
        for (JsonNode s : root.get("sources")) {
            Source filed = sources.file(new NewSource(s.get("url").asString(), s.get("publisher").asString(), s.get("title").asString(),
                    LocalDate.parse(s.get("published").asString()), s.get("language").asString(), s.get("summary").asString(),
                    "demo-summary", "UTF-8"), BY).source();
            sourceIds.put(s.get("ref").asString(), filed.id());
        }
        List<IncidentRegistry.Imported> fresh = new ArrayList<>();
        for (JsonNode i : root.get("incidents")) {
            String key = "demo:" + i.get("key").asString();
            if (incidents.findByImportKey(key).isEmpty()) {
                fresh.add(new IncidentRegistry.Imported(key, incident(i, sourceIds), true, false));
            }
        }
        incidents.createAllImported(fresh, BY);
        for (JsonNode f : root.get("figures")) {
            figures.record(new NewFigure(f.get("quantity").asDouble(), Qualifier.fromCode(f.get("qualifier").asString()),
                    f.get("what").asString(), text(f, "as_of"), f.get("attributed_to").asString(), sourceIds.get(f.get("source").asString()),
                    text(f, "quote")), true, BY);
        }
        for (JsonNode m : root.get("measures")) {
            String effective = text(m, "effective");
            measures.record(new NewMeasure(MeasureKind.fromCode(m.get("kind").asString()), m.get("title").asString(),
                    text(m, "description"), effective == null ? null : LocalDate.parse(effective), null, text(m, "rules"),
                    sourceIds.get(m.get("source").asString()), text(m, "quote")), true, BY);
        }
    }

    private static IncidentDraft incident(JsonNode i, Map<String, Long> sourceIds) {
        Set<Agency> agencies = EnumSet.noneOf(Agency.class);
        if (i.has("agencies")) {
            i.get("agencies").forEach(a -> agencies.add(Agency.fromCode(a.asString())));
        }
        List<OutcomeCount> outcomes = new ArrayList<>();
        if (i.has("outcomes")) {
            i.get("outcomes").forEach(o -> outcomes.add(new OutcomeCount(Outcome.fromCode(o.asString()), null)));
        }
        List<Evidence> evidence = new ArrayList<>();
        if (i.has("evidence")) {
            i.get("evidence").properties().forEach(e -> evidence.add(new Evidence(CodedField.fromCode(e.getKey()), e.getValue().asString())));
        }
        Long count = i.has("count") ? i.get("count").asLong() : null;
        String site = text(i, "site_kind");
        String ident = text(i, "identification");
        return new IncidentDraft(IncidentType.fromCode(i.get("type").asString()),
                Period.parse(text(i, "date_from"), text(i, "date_to"), text(i, "date_precision")),
                new Place(text(i, "region"), text(i, "locality"), site == null ? null : SiteKind.fromCode(site)),
                new Count(count, count == null ? null : Qualifier.fromCode(text(i, "count_qualifier")), text(i, "count_unit")),
                agencies, ident == null ? null : IdentificationMethod.fromCode(ident), outcomes, text(i, "description"),
                sourceIds.get(i.get("source").asString()), evidence);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asString().isBlank() ? null : v.asString();
    }

    static JsonNode read() {
        try (InputStream in = MonitorDemoSeed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
