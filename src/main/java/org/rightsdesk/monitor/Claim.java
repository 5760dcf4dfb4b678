package org.rightsdesk.monitor;

import java.time.Instant;

/**
 * What one source says about one coded value of an incident ("more than 60" in one article, "64"
 * in another), with the span that says it. For counts, exactly one claim per incident is the
 * {@code counted} one; the others stay on file, shown side by side.
 *
 * @param value the claimed value in codes (type code, period label, "region|locality|site", ...)
 * @param count for COUNT claims, the number claimed; otherwise unknown
 * @param span  null when the coder gave no quote
 */
public record Claim(long id, long incidentId, long sourceId, CodedField field, String value, Count count, Span span,
                    boolean counted, Instant createdAt, String createdBy) {
}
