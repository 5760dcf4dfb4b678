package org.rightsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.springframework.web.util.HtmlUtils;

/**
 * Picks the passage of a hit that best shows why it matched and marks the matching words. The
 * stored text is re-analysed with each field's analyzer, so a word found through stemming
 * ("рейды" for "рейд") or transliteration ("Котельниках" for "Kotelniki") is marked too. Returns
 * escaped HTML whose only markup is {@code <mark>}. Costs one analysis of the text per field, for
 * the hits on one page only.
 */
final class Passages {

    static final int WINDOW = 260;

    private Passages() {
    }

    /** Query terms per field, leaving out negated clauses. */
    static Map<String, Set<String>> terms(Query query) {
        Map<String, Set<String>> out = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    out.computeIfAbsent(t.field(), k -> new HashSet<>()).add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return out;
    }

    private record Match(int start, int end, String term) {
    }

    static String highlight(String text, Map<String, Set<String>> terms, Analyzer analyzer) {
        List<Match> matches = matches(text, terms, analyzer);
        if (matches.isEmpty()) {
            return HtmlUtils.htmlEscape(cut(text, 0, Math.min(text.length(), WINDOW)));
        }
        int bestStart = 0;
        int bestScore = -1;
        for (Match m : matches) {
            int start = Math.max(0, m.start - 60);
            Set<String> distinct = new HashSet<>();
            int hits = 0;
            for (Match n : matches) {
                if (n.start >= start && n.end <= start + WINDOW) {
                    distinct.add(n.term);
                    hits++;
                }
            }
            int score = distinct.size() * 100 + hits;
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        int from = wordStart(text, bestStart);
        int to = Math.min(text.length(), wordEnd(text, from + WINDOW));
        StringBuilder html = new StringBuilder();
        if (from > 0) {
            html.append("… ");
        }
        int at = from;
        for (Match m : matches) {
            if (m.start < at || m.end > to) {
                continue;
            }
            html.append(HtmlUtils.htmlEscape(text.substring(at, m.start)))
                    .append("<mark>").append(HtmlUtils.htmlEscape(text.substring(m.start, m.end))).append("</mark>");
            at = m.end;
        }
        html.append(HtmlUtils.htmlEscape(text.substring(at, to)));
        if (to < text.length()) {
            html.append(" …");
        }
        return html.toString().replaceAll("\\s*\\n\\s*", " · ");
    }

    private static List<Match> matches(String text, Map<String, Set<String>> terms, Analyzer analyzer) {
        Map<Integer, Match> byStart = new HashMap<>();
        for (Map.Entry<String, Set<String>> field : terms.entrySet()) {
            try (TokenStream ts = analyzer.tokenStream(field.getKey(), text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String t = term.toString();
                    if (field.getValue().contains(t)) {
                        byStart.putIfAbsent(offset.startOffset(), new Match(offset.startOffset(), offset.endOffset(), t));
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Match> sorted = new ArrayList<>(byStart.values());
        sorted.sort(Comparator.comparingInt(Match::start));
        List<Match> merged = new ArrayList<>();
        for (Match m : sorted) {
            if (!merged.isEmpty() && m.start < merged.get(merged.size() - 1).end) {
                continue; // overlapping token from another field: keep the first
            }
            merged.add(m);
        }
        return merged;
    }

    private static String cut(String text, int from, int to) {
        int end = wordEnd(text, to);
        return text.substring(from, Math.min(text.length(), end)).replaceAll("\\s*\\n\\s*", " · ") + (end < text.length() ? " …" : "");
    }

    private static int wordStart(String text, int i) {
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        i = Math.min(i, text.length());
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
