package org.rightsdesk.regime;

import java.time.LocalDate;

/**
 * Arrival at a place of stay inside Russia, which starts the migration-registration period
 * . Without any, the day of entry is taken as the day of arrival.
 *
 * @param arrived       day of arrival at the address (required)
 * @param accommodation flat or house, or hotel-like establishment; null is treated as a flat
 * @param ref           the caller's own identifier, echoed on items about it
 */
public record PlaceOfStay(LocalDate arrived, Accommodation accommodation, String ref) {

    public PlaceOfStay(LocalDate arrived, Accommodation accommodation) {
        this(arrived, accommodation, null);
    }
}
