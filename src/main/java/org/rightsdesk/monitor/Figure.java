package org.rightsdesk.monitor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A quantity a source states about migration enforcement or migrant populations ("more than
 * 80,000 foreigners deported in 2024", says the outlet), with who states it, as of when, and the
 * span that says so. Figures with the same {@code seriesKey} (the normalised "what") form a series.
 *
 * @param asOf       null when the source does not say
 * @param reportedOn publication date of the source, if any
 */
public record Figure(long id, double quantity, Qualifier qualifier, String what, String seriesKey, AsOf asOf,
                     String attributedTo, Long sourceId, Span span, LocalDate reportedOn, boolean published,
                     Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** The quantity without a spurious ".0" for whole numbers. */
    public String quantityText() {
        return quantity == Math.rint(quantity) && Math.abs(quantity) < 1e15 ? Long.toString((long) quantity) : Double.toString(quantity);
    }

    /** Where the timeline puts it: the day it was reported, else the end of its as-of period. */
    public LocalDate timelineDate() {
        return reportedOn != null ? reportedOn : asOf == null ? null : asOf.to();
    }
}
