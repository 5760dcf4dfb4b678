package org.rightsdesk.ingest;

import java.time.LocalDate;
import java.util.List;

import org.rightsdesk.monitor.NewSource;

/**
 * An article as read from a file: what the page says about itself and its main text, the story
 * without the page around it. Paragraphs of the main text are separated by a blank line and
 * whitespace inside them is single spaces (non-breaking spaces included), so spans quoted from
 * it can be found again.
 *
 * @param title     the headline, or null when the page shows none (see {@link #displayTitle()})
 * @param format    "html" or "text"
 * @param removed   what was removed as page furniture, with the reason (for the source page)
 * @param notes     remarks for the import report (e.g. repaired malformed HTML)
 */
public record Article(String title, String publisher, String url, LocalDate publishedOn, String language, String mainText,
                      String encoding, String format, List<Removed> removed, List<String> notes) {

    /** A piece of the page that is not part of the story, and the kind of furniture it is. */
    public record Removed(String text, String reason) {
    }

    /** The headline, or for a page without one the opening words of the main text. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String first = mainText.lines().findFirst().orElse("").strip();
        int end = sentenceEnd(first);
        String sentence = end > 0 ? first.substring(0, end) : first;
        if (sentence.length() <= 120) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', 117);
        return sentence.substring(0, cut > 40 ? cut : 117).strip() + "…";
    }

    /** What the monitor desk files. */
    public NewSource toNewSource(String fileName) {
        return new NewSource(url, publisher, displayTitle(), publishedOn, language, mainText, fileName, encoding);
    }

    private static int sentenceEnd(String s) {
        for (int i = 20; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ' && !Character.isDigit(s.charAt(i - 1))) {
                return i + 1;
            }
        }
        return -1;
    }
}
