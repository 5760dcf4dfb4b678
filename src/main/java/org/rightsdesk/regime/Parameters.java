package org.rightsdesk.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Time-versioned parameters, OpenFisca style ({@code parameters.json}): each name has values
 * with the period they are in force and the rule they come from. A rule asks for the value in
 * force on the day it judges, so a 2024 day is judged by the 2024 value and a 2025 day by the
 * 2025 one.
 */
final class Parameters {

    /** One value with its period (inclusive; null = open) and its rule. */
    record Value(Object value, LocalDate from, LocalDate to, Citation rule) {
        boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        int asInt() {
            return ((Number) value).intValue();
        }

        boolean asBoolean() {
            return (Boolean) value;
        }

        String asString() {
            return (String) value;
        }

        LocalDate asDate() {
            return LocalDate.parse((String) value);
        }
    }

    private final Map<String, List<Value>> byName;

    Parameters(JsonNode doc, RuleCatalogue rules) {
        Map<String, List<Value>> map = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : doc.get("parameters").properties()) {
            List<Value> values = new ArrayList<>();
            for (JsonNode v : e.getValue().values()) {
                JsonNode raw = v.get("value");
                Object value = raw.isBoolean() ? raw.booleanValue() : raw.isIntegralNumber() ? raw.intValue() : raw.asString();
                Citation rule = v.hasNonNull("rule") ? rules.get(v.get("rule").asString()) : null;
                values.add(new Value(value, RuleCatalogue.date(v.get("from")), RuleCatalogue.date(v.get("to")), rule));
            }
            map.put(e.getKey(), List.copyOf(values));
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** The value in force on the day, or null when the parameter has none for that day. */
    Value on(String name, LocalDate day) {
        List<Value> values = byName.get(name);
        if (values == null) {
            throw new IllegalStateException("Unknown regime parameter " + name);
        }
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            if (v.covers(day)) {
                return v;
            }
        }
        return null;
    }

    int intOn(String name, LocalDate day) {
        Value v = on(name, day);
        if (v == null) {
            throw new IllegalStateException("Parameter " + name + " has no value on " + day);
        }
        return v.asInt();
    }

    boolean flagOn(String name, LocalDate day) {
        Value v = on(name, day);
        return v != null && v.asBoolean();
    }

    List<Value> history(String name) {
        return byName.get(name);
    }

    java.util.Set<String> names() {
        return byName.keySet();
    }
}
