package org.rightsdesk.suggest;

import java.util.List;
import java.util.Set;

import org.rightsdesk.monitor.Agency;
import org.rightsdesk.monitor.Count;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.Outcome;
import org.rightsdesk.monitor.Period;
import org.rightsdesk.monitor.Place;

/**
 * A draft incident the suggester proposes: coded values, each tied to the words that support it
 * ({@link #values()}), and the sentence that reports it best ({@code evidenceStart..evidenceEnd},
 * the quote of an import row). A draft; nothing is filed until a coder accepts it on the coding form.
 *
 * @param period   null when the text gives no date for it
 * @param mentions every sentence that reports this occurrence (a headline and the lead are one
 *                 incident), in text order; the evidence sentence is one of them
 */
public record SuggestedIncident(IncidentType type, Period period, Place place, Count count, Set<Agency> agencies, List<Outcome> outcomes,
                                int evidenceStart, int evidenceEnd, String evidence, List<Mention> mentions, List<SuggestedValue> values) {

    /** A stretch {@code [start, end)} of the main text. */
    public record Mention(int start, int end) {
    }

    public SuggestedIncident {
        agencies = Set.copyOf(agencies);
        outcomes = List.copyOf(outcomes);
        mentions = List.copyOf(mentions);
        values = List.copyOf(values);
    }
}
