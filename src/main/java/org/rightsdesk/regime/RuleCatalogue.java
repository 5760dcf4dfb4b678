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
    /** The same rules by number (R-071 at 71): rules are cited many times per assessment. */
    private final Citation[] byNumber = new Citation[1000];
    /** Citation lists of one rule, and of two rules (by first and second number), made once and shared. */
    private final List<Citation>[] single;
    private final java.util.concurrent.atomic.AtomicReferenceArray<java.util.concurrent.atomic.AtomicReferenceArray<List<Citation>>> pairs =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(1000);

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
        @SuppressWarnings("unchecked")
        List<Citation>[] lists = new List[1000];
        for (Citation c : rules.values()) {
            int n = Integer.parseInt(c.rule().substring(2));
            byNumber[n] = c;
            lists[n] = List.of(c);
        }
        this.single = lists;
    }

    private static int number(String id) {
        if (id.length() != 5 || !id.startsWith("R-")) {
            return -1;
        }
        int n = (id.charAt(2) - '0') * 100 + (id.charAt(3) - '0') * 10 + (id.charAt(4) - '0');
        return n >= 0 && n < 1000 ? n : -1;
    }

    Citation get(String id) {
        Citation c = null;
        if (id.length() == 5 && id.startsWith("R-")) {
            int n = (id.charAt(2) - '0') * 100 + (id.charAt(3) - '0') * 10 + (id.charAt(4) - '0');
            c = n >= 0 && n < byNumber.length ? byNumber[n] : null;
        }
        if (c == null) {
            throw new IllegalStateException("Rule " + id + " is not in rules.json");
        }
        return c;
    }

    List<Citation> cite(String... ids) {
        // One or two rules are the common case: their lists are made once and shared.
        if (ids.length == 1) {
            int n = number(ids[0]);
            if (n >= 0 && single[n] != null) {
                return single[n];
            }
        } else if (ids.length == 2) {
            int a = number(ids[0]);
            int b = number(ids[1]);
            if (a >= 0 && b >= 0 && byNumber[a] != null && byNumber[b] != null) {
                java.util.concurrent.atomic.AtomicReferenceArray<List<Citation>> row = pairs.get(a);
                if (row == null) {
                    pairs.compareAndSet(a, null, new java.util.concurrent.atomic.AtomicReferenceArray<>(1000));
                    row = pairs.get(a);
                }
                List<Citation> list = row.get(b);
                if (list == null) {
                    list = List.of(byNumber[a], byNumber[b]);
                    row.set(b, list);
                }
                return list;
            }
        }
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
