package org.rightsdesk.suggest;

import java.util.Set;

/**
 * Whether a text can be read for suggestions at all, and in which language: empty and binary
 * texts are refused with a reason, and so are texts that are neither Russian nor English (the
 * trigger words exist in those two only). Cyrillic text with Ukrainian letters is Ukrainian;
 * Latin text is English when enough of its words are English function words.
 */
final class TextCheck {

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "was", "were", "is", "are", "on", "for", "with",
            "by", "at", "from", "that", "have", "has", "had", "it", "they", "their", "who", "this", "an", "as", "be", "been", "not");

    private TextCheck() {
    }

    static Suggestions refusal(String text) {
        if (text == null || text.isBlank()) {
            return Suggestions.refused("empty", "the text is empty");
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD') {
                return Suggestions.refused("binary", "the text is binary data, not an article");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control * 100 > text.length()) {
            return Suggestions.refused("binary", "the text is binary data, not an article");
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < 20) {
            return Suggestions.refused("empty", "the text has too few words to read (" + letters + " letters)");
        }
        return null;
    }

    /** "ru", "en", or null for any other language. */
    static String language(String text) {
        int cyrillic = 0;
        int latin = 0;
        int ukrainian = 0;
        int russian = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (!Character.isLetter(c)) {
                continue;
            }
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                    ukrainian++;
                } else if (c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё') {
                    russian++;
                }
            } else if (c >= 'a' && c <= 'z') {
                latin++;
            } else {
                latin--; // letters outside basic Latin (ä, ş, ő …) speak against English
            }
        }
        if (cyrillic > latin) {
            return ukrainian > russian ? null : "ru";
        }
        return englishWords(text) ? "en" : null;
    }

    private static boolean englishWords(String text) {
        int words = 0;
        int function = 0;
        for (Tokens.Token t : Tokens.of(text, 0, text.length())) {
            if (t.text().chars().allMatch(ch -> ch < 0x80 && Character.isLetter(ch))) {
                words++;
                function += ENGLISH.contains(t.folded()) ? 1 : 0;
            }
        }
        return function >= 1 && function * 100 >= words * 8;
    }
}
