package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The rules of the fact base, by R-number, as citations: our own wording in both languages,
 * legal basis, period in force, sources and confidence. Read from {@code rules.json}.
 */
final class RuleCatalogue {

    private final Map<String, Citation> byId;

    RuleCatalogue(JsonNode doc) {
        Map<String, Citation> rules = new LinkedHashMap<>();
        for (JsonNode r : doc.get("rules").values()) {
            String id = r.get("id").asString();
            List<String> sources = new ArrayList<>();
            r.get("sources").values().forEach(s -> sources.add(s.asString()));
            Citation c = new Citation(id, text(r.get("title")), text(r.get("summary")), r.get("basis").asString(),
                    date(r.get("from")), date(r.get("to")), sources, Confidence.valueOf(r.get("confidence").asString()),
                    r.has("note") ? text(r.get("note")) : null);
            if (rules.put(id, c) != null) {
                throw new IllegalStateException("Rule " + id + " is defined twice in rules.json");
            }
        }
        this.byId = Collections.unmodifiableMap(rules);
    }

    Citation get(String id) {
        Citation c = byId.get(id);
        if (c == null) {
            throw new IllegalStateException("Rule " + id + " is not in rules.json");
        }
        return c;
    }

    List<Citation> cite(String... ids) {
        Citation[] out = new Citation[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = get(ids[i]);
        }
        return List.of(out);
    }

    Collection<Citation> all() {
        return byId.values();
    }

    private static Text text(JsonNode node) {
        return Text.literal(node.get("en").asString(), node.get("ru").asString());
    }

    static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asString());
    }
}
