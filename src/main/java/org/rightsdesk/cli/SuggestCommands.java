package org.rightsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.rightsdesk.ingest.Article;
import org.rightsdesk.ingest.ArticleExtractor;
import org.rightsdesk.ingest.ArticleProblem;
import org.rightsdesk.monitor.Agency;
import org.rightsdesk.monitor.Outcome;
import org.rightsdesk.suggest.IncidentSuggester;
import org.rightsdesk.suggest.SuggestedIncident;
import org.rightsdesk.suggest.SuggestionOptions;
import org.rightsdesk.suggest.SuggestionScore;
import org.rightsdesk.suggest.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rightsdesk incidents suggest FILE...} and {@code rightsdesk incidents score-suggestions}:
 * the incident suggester from the shell, without a database. {@code suggest} reads article files
 * as the importer does and prints draft incidents — with {@code --format json} as objects with the
 * columns of the incident import file, so reviewed drafts import as they are. {@code score-suggestions}
 * prints precision, recall, F1 and field accuracies against the annotated corpus.
 */
final class SuggestCommands {

    private SuggestCommands() {
    }

    @Command(name = "suggest", description = "Suggest draft incidents for article files (.html, .htm, .txt). "
            + "With --format json each file's drafts are a JSON array in the incident import format.")
    static class Suggest implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files.")
        List<Path> files;
        @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication day, to resolve «в четверг», \"last week\" "
                + "(default: the date the page gives, if any).")
        String published;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
        String format;
        @Option(names = "--source-url", paramLabel = "URL", description = "Address of the source on file, written as source_url "
                + "(default: the address the page gives, if any). Quotes import only with it.")
        String sourceUrl;
        @Option(names = "--acled", description = "Give vague amounts ACLED's numbers (tens 10, dozens 12, hundreds 100, as 'at least').")
        boolean acled;

        @Override
        public Integer call() {
            if (!"text".equals(format) && !"json".equals(format)) {
                throw new UsageProblem("Unknown --format '" + format + "': expected text or json");
            }
            LocalDate day = parseDay(published);
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new UsageProblem("No such file: " + f);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            IncidentSuggester suggester = new IncidentSuggester();
            SuggestionOptions options = new SuggestionOptions(acled);
            int refused = 0;
            for (Path f : files) {
                String name = f.getFileName().toString();
                Article article;
                Suggestions s;
                try {
                    article = new ArticleExtractor().extract(Files.readAllBytes(f), name);
                    s = suggester.suggest(article.mainText(), day != null ? day : article.publishedOn(), options);
                } catch (ArticleProblem | IOException e) {
                    article = null;
                    s = new Suggestions(List.of(), null, "unreadable", e.getMessage());
                }
                if (s.refused()) {
                    refused++;
                    err.println(name + ": no suggestions: " + s.reason());
                } else if (day == null && article.publishedOn() == null) {
                    err.println(name + ": no publication day (give --published): weekdays and relative dates are left empty");
                }
                String url = sourceUrl != null ? sourceUrl : article == null ? null : article.url();
                if ("json".equals(format)) {
                    out.println(json(s, url));
                } else {
                    text(out, name, s, day != null ? day : article == null ? null : article.publishedOn());
                }
            }
            out.flush();
            if (refused > 0) {
                throw new CommandProblem(refused + " of " + files.size() + " files gave no suggestions (see the lines above)");
            }
            return 0;
        }

        private static LocalDate parseDay(String s) {
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new UsageProblem("--published '" + s + "' is not a day (YYYY-MM-DD)");
            }
        }

        /** The drafts as rows of the incident import file (docs/monitor.md), plus the quote. */
        static String json(Suggestions s, String url) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SuggestedIncident i : s.incidents()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", i.type().code());
                row.put("date_from", i.period() == null ? "" : i.period().from().toString());
                row.put("date_to", i.period() == null ? "" : i.period().to().toString());
                row.put("date_precision", i.period() == null ? "" : i.period().precision().code());
                row.put("region", nz(i.place().regionCode()));
                row.put("locality", nz(i.place().locality()));
                row.put("site_kind", i.place().siteKind() == null ? "" : i.place().siteKind().code());
                row.put("count", i.count().known() ? String.valueOf(i.count().value()) : "");
                row.put("count_qualifier", i.count().known() ? i.count().qualifier().code() : "");
                row.put("count_unit", i.count().known() ? nz(i.count().unit()) : "");
                row.put("agencies", i.agencies().stream().sorted().map(Agency::code).toList());
                row.put("outcomes", i.outcomes().stream().map(Outcome::code).toList());
                if (url != null) {
                    row.put("source_url", url);
                }
                row.put("quote", i.evidence());
                i.values().stream().filter(v -> v.part() == org.rightsdesk.suggest.SuggestedValue.Part.COUNT && i.count().known())
                        .findFirst().ifPresent(v -> row.put("count_quote", v.quote()));
                rows.add(row);
            }
            return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(rows);
        }

        private static void text(PrintWriter out, String name, Suggestions s, LocalDate day) {
            out.println(name + " (" + (s.language() == null ? "?" : s.language()) + (day == null ? "" : ", published " + day) + "): "
                    + s.incidents().size() + (s.incidents().size() == 1 ? " suggestion" : " suggestions"));
            int n = 0;
            for (SuggestedIncident i : s.incidents()) {
                List<String> parts = new ArrayList<>();
                parts.add(i.period() == null ? "date not given" : i.period().label() + " (" + i.period().precision().code() + ")");
                String place = List.of(nz(i.place().regionCode()), nz(i.place().locality()),
                        i.place().siteKind() == null ? "" : i.place().siteKind().code()).stream().filter(p -> !p.isEmpty())
                        .collect(Collectors.joining(", "));
                parts.add(place.isEmpty() ? "place not given" : place);
                parts.add(i.count().describe());
                if (!i.agencies().isEmpty()) {
                    parts.add(i.agencies().stream().sorted().map(Agency::code).collect(Collectors.joining(", ")));
                }
                if (!i.outcomes().isEmpty()) {
                    parts.add("→ " + i.outcomes().stream().map(Outcome::code).collect(Collectors.joining(", ")));
                }
                out.println("  " + (++n) + ". " + i.type().code() + " — " + String.join(" — ", parts));
                out.println("     \"" + i.evidence().replaceAll("\\s+", " ") + "\"");
            }
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    @Command(name = "score-suggestions", description = "Score the suggestions against the annotated corpus (seeds and dev): "
            + "incident precision, recall and F1; date, region, count and qualifier accuracy on matched incidents.")
    static class Score implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:RIGHTSDESK_CORPUS:-../shared/corpus}",
                description = "The corpus folder with seeds/ and dev/ (default: ../shared/corpus or RIGHTSDESK_CORPUS).")
        Path corpus;
        @Option(names = "--details", description = "Also list every miss, false alarm and wrong value.")
        boolean details;
        @Option(names = "--acled", description = "Score with ACLED's numbers for vague amounts.")
        boolean acled;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            SuggestionScore score = new SuggestionScore(new IncidentSuggester(), new SuggestionOptions(acled));
            int sets = 0;
            for (String set : List.of("seeds", "dev")) {
                Path dir = corpus.resolve(set);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                sets++;
                SuggestionScore.Figures f = score.score(set, dir);
                out.println(f.summary());
                if (details) {
                    f.notes().forEach(n -> out.println("    " + n));
                }
            }
            if (sets == 0) {
                throw new CommandProblem("No corpus at " + corpus + " (expected seeds/ and dev/ with NNN.txt and NNN.gold.json)");
            }
            return 0;
        }
    }
}
