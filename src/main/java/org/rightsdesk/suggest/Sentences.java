package org.rightsdesk.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a main text into paragraphs (lines) and sentences with their offsets, and a sentence into
 * clauses. Abbreviations that end in a full stop ({@code St.}, {@code г.}, {@code ул.}, initials)
 * do not end a sentence. Clauses let one sentence hold a general remark and a concrete event
 * ("…raids have become frequent, with mass checks near a warehouse outside Moscow").
 */
final class Sentences {

    record Sentence(int paragraph, int start, int end) {
    }

    private static final Pattern BREAK = Pattern.compile("[.!?…]+[»\"”’)]*\\s+(?=[«\"“„(]?[\\p{Lu}\\d])");
    private static final Set<String> ABBREVIATIONS = Set.of("st", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "jr", "sr", "no",
            "vs", "etc", "inc", "г", "гг", "ул", "д", "им", "т", "см", "тыс", "млн", "млрд", "руб", "обл", "р-н", "пос", "с", "ст",
            "пр", "просп", "пер", "корп", "стр", "кв", "мкр", "u.s", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec");
    private static final Pattern CLAUSE = Pattern.compile("[;:]\\s|,\\s+(?=(?:with|while|but|and|whereas|after|а|но|при этом|после|где|когда)\\b)"
            + "|(?<=\\p{Ll}{3}),\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll})"
            + "|\\s[—–]\\s", Pattern.UNICODE_CHARACTER_CLASS);

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                split(text, lineStart, lineEnd, paragraph, out);
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static void split(String text, int from, int to, int paragraph, List<Sentence> out) {
        Matcher m = BREAK.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            if (abbreviation(text, start, m.start())) {
                continue;
            }
            add(text, start, m.end(), paragraph, out);
            start = m.end();
        }
        add(text, start, to, paragraph, out);
    }

    private static boolean abbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
            w--;
        }
        String word = text.substring(w, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || ABBREVIATIONS.contains(Tokens.fold(word));
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(paragraph, start, end));
        }
    }

    /** The clauses of a sentence as [start, end) pairs. */
    static List<int[]> clauses(String text, Sentence s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CLAUSE.matcher(text).region(s.start(), s.end());
        int start = s.start();
        while (m.find()) {
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        out.add(new int[] {start, s.end()});
        return out;
    }
}
