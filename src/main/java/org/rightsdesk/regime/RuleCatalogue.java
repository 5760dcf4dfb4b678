package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

import tools.jackson.databind.JsonNode;

/**
 * The rules of the fact base, by R-number, as citations: our own wording in both languages,
 * legal basis, period in force, sources and confidence. Read from {@code rules.json}.
 */
final class RuleCatalogue {

    private final Map<String, Citation> byId;
    /** The same rules by number (R-071 at 71): rules are cited many times per assessment. */
    private final Citation[] byNumber = new Citation[1000];
    /** Citation lists of one rule, by number, made once and shared. */
    private final List<Citation>[] single;
    /**
     * Citation lists of two rules, at {@code first * slots + second}, made on first use and shared:
     * most items cite one or two rules, so an assessment then builds no citation lists at all.
     */
    private final AtomicReferenceArray<List<Citation>> pairs;
    private final int slots;

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
        int highest = 0;
        for (Citation c : rules.values()) {
            highest = Math.max(highest, number(c.rule()));
        }
        this.slots = highest + 1;
        this.pairs = new AtomicReferenceArray<>(slots * slots);
    }

    /** The number of an id "R-NNN", or -1 for anything else (so "R-0:1" is no rule, not R-101). */
    static int number(String id) {
        if (id.length() != 5 || !id.startsWith("R-")) {
            return -1;
        }
        int n = 0;
        for (int i = 2; i < 5; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    Citation get(String id) {
        int n = number(id);
        Citation c = n >= 0 && n < byNumber.length ? byNumber[n] : null;
        if (c == null) {
            throw new IllegalStateException("Rule " + id + " is not in rules.json");
        }
        return c;
    }

    /** The rule as a one-element citation list (shared). */
    List<Citation> cite(String id) {
        int n = number(id);
        List<Citation> list = n >= 0 && n < slots ? single[n] : null;
        return list != null ? list : List.of(get(id));
    }

    /** The two rules as a citation list (shared). */
    List<Citation> cite(String first, String second) {
        int a = number(first);
        int b = number(second);
        if (a < 0 || a >= slots || b < 0 || b >= slots || byNumber[a] == null || byNumber[b] == null) {
            return List.of(get(first), get(second));
        }
        int i = a * slots + b;
        List<Citation> list = pairs.get(i);
        if (list == null) {
            list = List.of(byNumber[a], byNumber[b]);
            pairs.set(i, list);
        }
        return list;
    }

    List<Citation> cite(String... ids) {
        if (ids.length == 1) {
            return cite(ids[0]);
        }
        if (ids.length == 2) {
            return cite(ids[0], ids[1]);
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
