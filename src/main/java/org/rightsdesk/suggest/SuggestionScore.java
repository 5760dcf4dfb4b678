package org.rightsdesk.suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.rightsdesk.ingest.Article;
import org.rightsdesk.ingest.ArticleExtractor;
import org.rightsdesk.monitor.Gazetteer;
import org.rightsdesk.monitor.Period;
import org.rightsdesk.monitor.Span;
import org.rightsdesk.monitor.Spans;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the suggestions against hand-annotated articles (the {@code NNN.txt} and
 * {@code NNN.gold.json} pairs of {@code shared/corpus}, format in its README). Each article goes
 * through the importer's extraction first, as a filed source would, and is suggested on with the
 * publication day of its gold source block (what a source with corrected metadata carries).
 *
 * <p>A suggestion matches a gold incident of the same type whose evidence it overlaps — the
 * evidence of a suggestion being the sentences it was made from (a headline and the lead merged
 * into one suggestion are both its words) — one suggestion per gold incident, the largest overlap first. Reported: incident precision,
 * recall and F1, and on matched incidents the share with the right date (from, to and precision),
 * region, count and qualifier — an empty value is right when the gold one is empty too.
 */
public final class SuggestionScore {

    /** The figures for one folder of articles, and a line per miss or false alarm for looking into them. */
    public record Figures(String set, int articles, int gold, int suggested, int matched, int dateRight, int regionRight, int countRight,
                          int qualifierRight, List<String> notes) {

        public double precision() {
            return suggested == 0 ? 0 : (double) matched / suggested;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double dateAccuracy() {
            return share(dateRight);
        }

        public double regionAccuracy() {
            return share(regionRight);
        }

        public double countAccuracy() {
            return share(countRight);
        }

        public double qualifierAccuracy() {
            return share(qualifierRight);
        }

        private double share(int right) {
            return matched == 0 ? 0 : (double) right / matched;
        }

        /** One line: the set, P/R/F1 and the field accuracies. */
        public String summary() {
            return String.format(Locale.ROOT, "%-6s %2d articles  gold %2d  suggested %2d  matched %2d  precision %.2f  recall %.2f  F1 %.2f"
                            + "  |  on matched: date %3.0f %%  region %3.0f %%  count %3.0f %%  qualifier %3.0f %%",
                    set, articles, gold, suggested, matched, precision(), recall(), f1(), 100 * dateAccuracy(), 100 * regionAccuracy(),
                    100 * countAccuracy(), 100 * qualifierAccuracy());
        }
    }

    private final IncidentSuggester suggester;
    private final SuggestionOptions options;
    private final Gazetteer gazetteer = new Gazetteer();
    private final ArticleExtractor extractor = new ArticleExtractor();

    public SuggestionScore(IncidentSuggester suggester, SuggestionOptions options) {
        this.suggester = suggester;
        this.options = options;
    }

    /** Scores every {@code NNN.txt} with a {@code NNN.gold.json} beside it in {@code dir}. */
    public Figures score(String set, Path dir) throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        int[] totals = new int[8];
        List<String> notes = new ArrayList<>();
        int articles = 0;
        for (Path txt : texts) {
            Path goldFile = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".gold.json"));
            if (!Files.isRegularFile(goldFile)) {
                continue;
            }
            articles++;
            scoreArticle(txt, JsonMapper.shared().readTree(Files.readString(goldFile)), totals, notes);
        }
        return new Figures(set, articles, totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6], List.copyOf(notes));
    }

    private void scoreArticle(Path txt, JsonNode gold, int[] totals, List<String> notes) throws IOException {
        String id = txt.getFileName().toString().replace(".txt", "");
        Article article = extractor.extract(Files.readAllBytes(txt), txt.getFileName().toString());
        String text = article.mainText();
        JsonNode published = gold.path("source").path("published");
        LocalDate day = published.isTextual() ? LocalDate.parse(published.asString()) : null;
        List<SuggestedIncident> suggested = new ArrayList<>(suggester.suggest(text, day, options).incidents());
        totals[1] += suggested.size();
        for (JsonNode g : gold.path("incidents")) {
            totals[0]++;
            Optional<Span> evidence = Spans.locate(text, g.path("evidence").asString());
            String type = g.path("type").asString();
            SuggestedIncident best = null;
            int bestOverlap = 0;
            for (SuggestedIncident s : suggested) {
                int overlap = evidence.map(e -> overlap(e, s)).orElse(0);
                if (s.type().code().equals(type) && overlap > bestOverlap) {
                    best = s;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                notes.add(id + " missed   " + type + ": " + shorten(g.path("evidence").asString()));
                continue;
            }
            suggested.remove(best);
            totals[2]++;
            compare(id, g, best, totals, notes);
        }
        suggested.forEach(s -> notes.add(id + " extra    " + s.type().code() + ": " + shorten(s.evidence())));
    }

    private void compare(String id, JsonNode g, SuggestedIncident s, int[] totals, List<String> notes) {
        JsonNode date = g.path("date");
        String goldDate = date.isObject() ? date.path("from").asString() + "/" + date.path("to").asString() + " " + date.path("precision").asString() : null;
        Period p = s.period();
        String ourDate = p == null ? null : p.from() + "/" + p.to() + " " + p.precision().code();
        String goldRegion = text(g.path("place").path("region"));
        String goldCode = goldRegion == null ? null : gazetteer.findRegion(goldRegion).map(Gazetteer.Region::code).orElse(goldRegion);
        JsonNode count = g.path("count");
        Long goldCount = count.path("value").isNumber() ? count.path("value").asLong() : null;
        String goldQualifier = text(count.path("qualifier"));
        String ourQualifier = s.count().known() ? s.count().qualifier().code() : null;
        boolean[] right = {Objects.equals(goldDate, ourDate), Objects.equals(goldCode, s.place().regionCode()),
                Objects.equals(goldCount, s.count().value()), Objects.equals(goldQualifier, ourQualifier)};
        String[] names = {"date", "region", "count", "qualifier"};
        String[][] values = {{goldDate, ourDate}, {goldCode, s.place().regionCode()}, {str(goldCount), str(s.count().value())},
                {goldQualifier, ourQualifier}};
        for (int i = 0; i < 4; i++) {
            if (right[i]) {
                totals[3 + i]++;
            } else {
                notes.add(id + " wrong    " + s.type().code() + " " + names[i] + ": gold " + values[i][0] + ", suggested " + values[i][1]);
            }
        }
    }

    private static int overlap(Span e, SuggestedIncident s) {
        int best = 0;
        for (SuggestedIncident.Mention m : s.mentions()) {
            best = Math.max(best, Math.min(e.end(), m.end()) - Math.max(e.start(), m.start()));
        }
        return best;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asString();
    }

    private static String str(Long v) {
        return v == null ? null : v.toString();
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 110 ? one.substring(0, 107) + "…" : one;
    }
}
