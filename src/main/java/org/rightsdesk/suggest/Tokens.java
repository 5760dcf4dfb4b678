package org.rightsdesk.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a stretch of text with their offsets. A word is a run of letters and digits, with
 * hyphens inside it kept ({@code Ростове-на-Дону}); apostrophes split words, so {@code Moscow’s}
 * gives {@code Moscow}. Folding ({@code ё} as {@code е}, lower case) is what the matchers compare.
 */
final class Tokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‑–][\\p{L}\\p{N}]+)*");

    record Token(String text, int start, int end) {
        String folded() {
            return fold(text);
        }
    }

    private Tokens() {
    }

    static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }

    static String fold(String s) {
        return s.replace('ё', 'е').replace('Ё', 'Е').replace('‑', '-').replace('–', '-').toLowerCase(Locale.ROOT);
    }

    /** Case kept, ё as е and dashes as hyphens: how proper names are compared. */
    static String foldKeepCase(String s) {
        return s.replace('ё', 'е').replace('Ё', 'Е').replace('‑', '-').replace('–', '-');
    }
}
