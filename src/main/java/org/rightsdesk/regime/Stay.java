package org.rightsdesk.regime;

import java.time.LocalDate;

/**
 * One stay in Russia: from crossing the border in to crossing it out. Both days are days of
 * presence (R-017, the safe convention).
 *
 * @param entered day of entry (required)
 * @param left    day of exit, or null while the person is still in Russia; never before {@code entered}
 * @param purpose purpose of the trip from the migration card, or null if not known
 * @param ref     the caller's own identifier for this stay, echoed on items about it; never interpreted
 */
public record Stay(LocalDate entered, LocalDate left, Purpose purpose, String ref) {

    public Stay(LocalDate entered, LocalDate left, Purpose purpose) {
        this(entered, left, purpose, null);
    }
}
