package org.rightsdesk.monitor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article or report the monitor desk has on file: where it came from, its main text (page
 * furniture removed) and the near-duplicate story it belongs to. Incidents and figures point at
 * spans of {@link #mainText()} by character offsets, so the text never changes after import.
 *
 * @param storyId near-duplicate group (the same story on several sites), or null when alone
 */
public record Source(long id, String url, String publisher, String title, LocalDate publishedOn, String language,
                     String mainText, String contentHash, Long storyId, String fileName, String encoding,
                     Instant importedAt, String importedBy) {
}
