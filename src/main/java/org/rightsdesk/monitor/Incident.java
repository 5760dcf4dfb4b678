package org.rightsdesk.monitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One coded incident — "who did what to whom, when and where" (an Event in the HURIDOCS Events
 * Standard Formats): its type, period, place, the counted number of people with its qualifier,
 * the agencies that acted, how people were identified and what happened to them. Victims are
 * counts only. The counted values are the coder's choice among the sources' claims ({@link Claim}).
 *
 * @param period      null when the sources only say when it was reported
 * @param mergedInto  set when this incident was found to duplicate another; it is then counted there
 * @param reportedOn  earliest publication date among its sources (the timeline falls back to it)
 */
public record Incident(long id, IncidentType type, Period period, Place place, Count count, Set<Agency> agencies,
                       IdentificationMethod identification, List<OutcomeCount> outcomes, String description,
                       boolean verifiedByOrganisation, Verification verification, boolean published, Long mergedInto,
                       LocalDate reportedOn, String importKey, Instant createdAt, String createdBy, Instant updatedAt,
                       String updatedBy) {

    /** {@code YYYY-MM} of the start of the period, or "" when the date is not known. */
    public String month() {
        return period == null ? "" : period.month();
    }

    /** The date the timeline places it at: its start, else the day it was first reported. */
    public LocalDate timelineDate() {
        return period != null ? period.from() : reportedOn;
    }

    public boolean merged() {
        return mergedInto != null;
    }
}
