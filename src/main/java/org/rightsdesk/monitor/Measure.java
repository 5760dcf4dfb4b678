package org.rightsdesk.monitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A law, decree, regional act, policy or announced plan that shapes what happens to migrants,
 * with the day it takes effect when a source says so, and the regime rules (R-numbers of
 * {@code regime/facts.md}) that encode it, kept as plain strings.
 */
public record Measure(long id, MeasureKind kind, String title, String description, LocalDate effectiveOn, String regionCode,
                      List<String> ruleIds, Long sourceId, Span span, LocalDate reportedOn, boolean published,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** Where the timeline puts it: the day it takes effect, else the day it was reported. */
    public LocalDate timelineDate() {
        return effectiveOn != null ? effectiveOn : reportedOn;
    }
}
