package org.rightsdesk.monitor;

import java.time.LocalDate;

/**
 * One line of the timeline: an incident, figure or measure at its date. {@code reported} is true
 * when the date is the day a source reported it, because the record itself has no date of its own
 * (an incident whose sources do not say when it happened, a measure with no effective day).
 * Exactly one of incident, figure and measure is set.
 */
public record TimelineEntry(LocalDate date, boolean reported, Incident incident, Figure figure, Measure measure) {

    public String kind() {
        return incident != null ? "incident" : figure != null ? "figure" : "measure";
    }

    public long id() {
        return incident != null ? incident.id() : figure != null ? figure.id() : measure.id();
    }
}
