package org.rightsdesk.vault;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Folds a personal name written in Cyrillic (Russian, Uzbek, Tajik, Kazakh, Kyrgyz letters) or in
 * any common Latin transliteration to one spelling-independent skeleton, so "Ходжаев", "Хўжаев",
 * "Khodzhaev", "Xo'jayev" and "Khojaev" all give {@code hJv}. Blind indexes are computed over
 * skeletons, so a name typed from a Russian court ruling finds the client entered from a
 * Latin-script passport.
 *
 * <p>The recipe: transliterate Cyrillic to Latin; fold the sounds that transliterations spell
 * differently to one symbol (sh/ş/ш/щ to {@code S}; zh/j/dzh/dj/ж/ҷ to {@code J}; kh/x/h/х/ҳ to
 * {@code h}; ch/ts/ц/ч to {@code c}; q/қ to {@code k}; gh/g'/ғ to {@code g}; w to {@code v});
 * collapse doubled letters; drop a word-final h after a vowel (Abdulloh/Абдулло); then drop the
 * vowels, which transliterations disagree on most (Yusupov/Iusupov/Юсупов, Oybek/Aibek), keeping
 * only the fact that a word starts with one (as {@code a}). Apostrophes and hyphens inside a word
 * are ignored; words are separated by spaces.
 *
 * <p>The price is some false matches (Karimov and Karimova share a skeleton; so do Rustam and
 * Rostom). For finding a client among hundreds that is the right trade: the lawyer sees every
 * candidate and decides. Latin "x" is read as the Uzbek х, so "Alexei" does not match "Алексей".
 */
public final class NameSkeleton {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            // Uzbek, Tajik, Kazakh, Kyrgyz and neighbouring letters.
            Map.entry('ғ', "gh"), Map.entry('қ', "q"), Map.entry('ҳ', "h"), Map.entry('ӯ', "u"), Map.entry('ӣ', "i"),
            Map.entry('ҷ', "j"), Map.entry('ў', "o"), Map.entry('ө', "o"), Map.entry('ү', "u"), Map.entry('ң', "n"),
            Map.entry('ә', "a"), Map.entry('і', "i"), Map.entry('ұ', "u"), Map.entry('һ', "h"), Map.entry('ї', "i"),
            Map.entry('є', "e"), Map.entry('ґ', "g"), Map.entry('ҝ', "g"), Map.entry('ҹ', "j"));

    /** Latin letters with diacritics that stand for a digraph in other transliterations. */
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ş', "sh"), Map.entry('š', "sh"), Map.entry('ç', "ch"), Map.entry('č', "ch"), Map.entry('ž', "zh"),
            Map.entry('ğ', "gh"), Map.entry('ı', "i"), Map.entry('ə', "a"), Map.entry('ŋ', "ng"), Map.entry('ß', "ss"));

    /** Longest first: each spelling of one sound becomes one symbol. */
    private static final String[][] SOUNDS = {
            {"shch", "S"}, {"dzh", "J"}, {"tsch", "c"}, {"sch", "S"}, {"tch", "c"},
            {"sh", "S"}, {"zh", "J"}, {"dj", "J"}, {"kh", "h"}, {"gh", "g"}, {"ch", "c"}, {"ts", "c"}, {"ph", "f"},
            {"ck", "k"}, {"j", "J"}, {"x", "h"}, {"q", "k"}, {"w", "v"}};

    private NameSkeleton() {
    }

    /** The skeleton of a whole name: word skeletons sorted, so word order does not matter. */
    public static String of(String fullName) {
        return String.join(" ", new TreeSet<>(words(fullName)));
    }

    /** The skeleton of each word of a name, in order, without empty ones. */
    public static List<String> words(String fullName) {
        List<String> out = new ArrayList<>();
        if (fullName == null) {
            return out;
        }
        for (String w : Normalizer.normalize(fullName, Normalizer.Form.NFC).trim().split("[\\s,;/]+")) {
            String s = word(w);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The skeleton of one word. */
    public static String word(String word) {
        String latin = transliterate(word.toLowerCase(Locale.ROOT));
        String sounds = foldSounds(latin);
        String collapsed = collapseDoubles(sounds);
        if (collapsed.length() > 2 && collapsed.endsWith("h") && isVowel(collapsed.charAt(collapsed.length() - 2))) {
            collapsed = collapsed.substring(0, collapsed.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (isVowel(c)) {
                if (i == 0) {
                    out.append('a');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String transliterate(String lower) {
        StringBuilder sb = new StringBuilder();
        for (char c : lower.toCharArray()) {
            String cyr = CYRILLIC.get(c);
            String lat = LATIN.get(c);
            sb.append(cyr != null ? cyr : lat != null ? lat : String.valueOf(c));
        }
        // Strip remaining accents (é, ü, ö …), then everything that is not a Latin letter:
        // apostrophes of Uzbek o' and g', hyphens, modifier letters.
        String stripped = Normalizer.normalize(sb, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replaceAll("[^a-z]", "");
    }

    private static String foldSounds(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < s.length()) {
            for (String[] sound : SOUNDS) {
                if (s.startsWith(sound[0], i)) {
                    out.append(sound[1]);
                    i += sound[0].length();
                    continue outer;
                }
            }
            out.append(s.charAt(i++));
        }
        return out.toString();
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
