package org.rightsdesk.suggest;

import java.util.List;

/**
 * What the suggester proposes for one text: draft incidents, or none and why — {@code refusal} is
 * a short code ({@code empty}, {@code binary}, {@code language}) and {@code reason} one plain
 * English sentence (the web shell says it in the reader's language from the code). A text in
 * which nothing was found has no refusal and an empty list.
 */
public record Suggestions(List<SuggestedIncident> incidents, String language, String refusal, String reason) {

    public Suggestions {
        incidents = List.copyOf(incidents);
    }

    static Suggestions refused(String code, String reason) {
        return new Suggestions(List.of(), null, code, reason);
    }

    public boolean refused() {
        return refusal != null;
    }
}
