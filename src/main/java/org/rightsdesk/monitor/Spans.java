package org.rightsdesk.monitor;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds a quote in a source's main text. Coders paste quotes from a page, so the match forgives
 * what copying changes — runs of whitespace, non-breaking spaces, typographic quotes and dashes,
 * ё/е, letter case — and returns offsets into the original text, whose own characters are kept
 * as the quote. Works without JavaScript: the coder pastes, the server finds.
 */
public final class Spans {

    private Spans() {
    }

    /** The first place {@code quote} occurs in {@code text}, or empty. */
    public static Optional<Span> locate(String text, String quote) {
        if (text == null || quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        Folded t = fold(text);
        Folded q = fold(quote.strip());
        if (q.text.isEmpty()) {
            return Optional.empty();
        }
        int at = t.text.indexOf(q.text);
        if (at < 0) {
            return Optional.empty();
        }
        int start = t.origin[at];
        int end = t.origin[at + q.text.length() - 1] + 1;
        return Optional.of(new Span(start, end, text.substring(start, end)));
    }

    /**
     * {@code quote} where it starts at {@code at} (a suggested span the coder accepted), or when it
     * is not there the first place it occurs.
     */
    public static Optional<Span> locate(String text, String quote, Integer at) {
        if (at != null && text != null && quote != null && at >= 0 && at + quote.length() <= text.length()
                && text.startsWith(quote, at) && !quote.isBlank()) {
            return Optional.of(new Span(at, at + quote.length(), quote));
        }
        return locate(text, quote);
    }

    /** The span {@code start..end} of {@code text}, checked. */
    public static Span of(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new MonitorProblem("span.range", "span " + start + "-" + end + " is outside the source text", start, end);
        }
        return new Span(start, end, text.substring(start, end));
    }

    private record Folded(String text, int[] origin) {
    }

    /** Folded text plus, for each of its characters, the index it came from in the original. */
    private static Folded fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length()];
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                origin[out.length()] = i - 1;
                out.append(' ');
                space = false;
            }
            origin[out.length()] = i;
            out.append(foldChar(c));
        }
        return new Folded(out.toString(), origin);
    }

    private static char foldChar(char c) {
        return switch (c) {
            case '“', '”', '„', '«', '»', '″' -> '"';
            case '‘', '’', '‚', '′', '`' -> '\'';
            case '–', '—', '‑', '−' -> '-';
            case 'ё' -> 'е';
            case 'Ё' -> 'е';
            default -> Character.toLowerCase(c);
        };
    }

    /** Lower-case with ё as е, whitespace collapsed: how the desk compares short names. */
    static String normalise(String s) {
        return s == null ? "" : s.strip().replace('ё', 'е').replace('Ё', 'Е').replaceAll("[\\s\\u00a0]+", " ")
                .replaceAll("[–—‑]", "-").toLowerCase(Locale.ROOT);
    }
}
