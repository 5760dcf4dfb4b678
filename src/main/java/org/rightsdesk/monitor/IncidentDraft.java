package org.rightsdesk.monitor;

import java.util.List;
import java.util.Set;

/**
 * What a coder submits: the coded values and, optionally, the source they were coded from with
 * quotes that support them. Checked against the gazetteer and the source on saving.
 */
public record IncidentDraft(IncidentType type, Period period, Place place, Count count, Set<Agency> agencies,
                            IdentificationMethod identification, List<OutcomeCount> outcomes, String description,
                            Long sourceId, List<Evidence> evidence) {

    public IncidentDraft {
        if (type == null) {
            throw new MonitorProblem("incident.type", "type: an incident needs a type");
        }
        place = place == null ? Place.unknown() : place;
        count = count == null ? Count.unknown() : count;
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        description = description == null ? "" : description.strip();
        evidence = evidence == null ? List.of() : evidence.stream().filter(e -> e.quote() != null && !e.quote().isBlank()).toList();
    }

    /** The same draft coded from another source (used when a draft is merged). */
    public IncidentDraft withSource(Long source, List<Evidence> quotes) {
        return new IncidentDraft(type, period, place, count, agencies, identification, outcomes, description, source, quotes);
    }
}
