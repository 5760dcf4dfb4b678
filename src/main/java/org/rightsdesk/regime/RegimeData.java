package org.rightsdesk.regime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the module's data files once per JVM: the rule catalogue, the time-versioned
 * parameters and the production calendar. They are project data, reviewed like code; a broken
 * file is a build defect, so loading fails loudly.
 */
final class RegimeData {

    static final RuleCatalogue RULES = new RuleCatalogue(read("rules.json"));
    static final Parameters PARAMETERS = new Parameters(read("parameters.json"), RULES);
    static final ProductionCalendar CALENDAR = new ProductionCalendar(read("calendar.json"));

    private RegimeData() {
    }

    private static JsonNode read(String name) {
        try (InputStream in = RegimeData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing regime data file " + name);
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
