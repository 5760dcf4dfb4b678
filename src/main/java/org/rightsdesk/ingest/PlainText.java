package org.rightsdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text file into blocks. A saved or copied page has one paragraph per line; a text that
 * was hard-wrapped (most lines 50-100 characters, paragraphs between blank lines) is first
 * re-joined into paragraphs, so that a wrapped line is not mistaken for a headline.
 */
final class PlainText {

    private PlainText() {
    }

    static List<String> blocks(String text) {
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        if (!hardWrapped(lines)) {
            return List.of(lines);
        }
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    out.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        if (!paragraph.isEmpty()) {
            out.add(paragraph.toString());
        }
        return out;
    }

    private static boolean hardWrapped(String[] lines) {
        int longLines = 0;
        int wrapped = 0;
        int blank = 0;
        int maxLength = 0;
        for (String line : lines) {
            int len = line.strip().length();
            maxLength = Math.max(maxLength, len);
            if (len == 0) {
                blank++;
            } else if (len > 40) {
                longLines++;
                if (len >= 50 && len <= 100) {
                    wrapped++;
                }
            }
        }
        return blank > 0 && longLines >= 6 && maxLength <= 100 && wrapped * 10 >= longLines * 8;
    }
}
