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
 * ({@link #values()}), and the sentence that reports it ({@code evidenceStart..evidenceEnd}). A
 * draft; nothing is filed until a coder accepts it on the coding form.
 *
 * @param period null when the text gives no date for it
 */
public record SuggestedIncident(IncidentType type, Period period, Place place, Count count, Set<Agency> agencies, List<Outcome> outcomes,
                                int evidenceStart, int evidenceEnd, String evidence, List<SuggestedValue> values) {

    public SuggestedIncident {
        agencies = Set.copyOf(agencies);
        outcomes = List.copyOf(outcomes);
        values = List.copyOf(values);
    }
}
