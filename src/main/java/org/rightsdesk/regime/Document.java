package org.rightsdesk.regime;

import java.time.LocalDate;

/**
 * A document held or a filing made, with its dates (see {@link DocumentKind} for what the dates
 * mean for each kind).
 *
 * @param kind       what it is (required)
 * @param issued     the day it was issued, filed or starts (required)
 * @param validUntil last day it is valid, or null if open-ended or not known; never before {@code issued}
 * @param ref        the caller's own identifier, echoed on items about it
 */
public record Document(DocumentKind kind, LocalDate issued, LocalDate validUntil, String ref) {

    public Document(DocumentKind kind, LocalDate issued, LocalDate validUntil) {
        this(kind, issued, validUntil, null);
    }

    public Document(DocumentKind kind, LocalDate issued) {
        this(kind, issued, null, null);
    }
}
