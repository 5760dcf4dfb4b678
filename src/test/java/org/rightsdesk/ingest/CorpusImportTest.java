package org.rightsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.cli.Launcher;
import org.rightsdesk.testsupport.TestDatabases;

/**
 * Bulk import of the corpus through the command a monitor runs (issue 5, "Done when"): every
 * article of ../shared/corpus is imported, anything else listed as skipped, no two articles
 * grouped into one story (they are about different events), and the same import run again
 * creates nothing new. Then copies of each article made the ways stories travel (see
 * {@link CorpusGroupingTest}) are imported and must each join the story of their original.
 * Skipped when the corpus is absent.
 */
@Tag("db")
class CorpusImportTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theCorpusImportsWithItsReportAndCopiesJoinTheirStories() throws Exception {
        List<Corpus.Item> items = Corpus.items();
        String data = dir.resolve("data").toString();
        String db = TestDatabases.freshDatabaseUrl(dir);

        Run first = cli("import", "articles", Corpus.DIR.toString(), "--data", data, "--db", db, "--no-progress");
        assertThat(first.code()).as(first.err()).isZero();
        List<String> lines = first.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("imported ")).hasSize(items.size());
        assertThat(lines).filteredOn(l -> l.startsWith("grouped ")).as("articles about different events grouped").isEmpty();
        assertThat(lines).filteredOn(l -> l.startsWith("failed ")).isEmpty();
        assertThat(lines).filteredOn(l -> l.startsWith("skipped ")).allMatch(l -> l.endsWith(": not .html, .htm or .txt"))
                .anyMatch(l -> l.contains("README.md"));
        assertThat(lines.get(lines.size() - 1)).startsWith((items.size() * 2 + 1) + " files: " + items.size()
                + " imported (0 grouped into stories), 0 already present, " + (items.size() + 1) + " skipped, 0 failed.");
        System.out.println("Corpus bulk import: " + lines.get(lines.size() - 1));

        Run again = cli("import", "articles", Corpus.DIR.toString(), "--data", data, "--db", db, "--no-progress");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains(": 0 imported (0 grouped into stories), " + items.size() + " already present,");

        Path copies = Files.createDirectories(dir.resolve("copies"));
        ArticleExtractor extractor = new ArticleExtractor();
        for (Corpus.Item item : items) {
            String main = extractor.extract(Files.readAllBytes(item.text()), "a.txt").mainText();
            for (Map.Entry<String, UnaryOperator<String>> v : CorpusGroupingTest.VARIANTS.entrySet()) {
                Files.writeString(copies.resolve(item.id() + "-" + v.getKey() + ".txt"), v.getValue().apply(main), StandardCharsets.UTF_8);
            }
        }
        Run variants = cli("import", "articles", copies.toString(), "--data", data, "--db", db, "--no-progress");
        List<String> missed = new ArrayList<>(variants.out().lines().filter(l -> !l.startsWith("grouped ") && l.contains(".txt")).toList());
        System.out.println("Corpus copies import: " + variants.out().lines().reduce((a, b) -> b).orElse(""));
        assertThat(missed).as("copies not grouped with their original").isEmpty();
        assertThat(variants.out()).contains(items.size() * CorpusGroupingTest.VARIANTS.size() + " imported ("
                + items.size() * CorpusGroupingTest.VARIANTS.size() + " grouped into stories)");
    }
}
