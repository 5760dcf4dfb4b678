package org.rightsdesk.search;

import java.util.Locale;

/**
 * One result: which record (kind and id, to link to it), a title in the reader's language, a date
 * as the record states it, and the best-matching passage as escaped HTML with {@code <mark>}ed words.
 */
public record SearchHit(String kind, long id, String titleEn, String titleRu, String date, String passageHtml, float score) {

    public String title(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? titleRu : titleEn;
    }
}
