package org.rightsdesk.web.cases;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import org.rightsdesk.cases.MigrationFact;

/** A stored fact as the form fields that would produce it, for the edit form. */
final class FactFields {

    private FactFields() {
    }

    static Map<String, String> of(MigrationFact fact) {
        Map<String, String> out = new HashMap<>();
        out.put("kind", fact.kind());
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(fact);
                out.put(c.getName(), v == null ? "" : v.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
