package org.rightsdesk.monitor;

import java.time.LocalDate;

/** What is needed to file a source: the extracted article, before it has an id. */
public record NewSource(String url, String publisher, String title, LocalDate publishedOn, String language,
                        String mainText, String fileName, String encoding) {
}
