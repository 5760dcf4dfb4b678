package org.rightsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Evaluation on real pages (issue 5, item 9), extraction part: every article of
 * ../shared/corpus/{seeds,dev} goes through the importer's extraction; the main text must keep
 * every gold evidence span (whitespace-normalised; the gold spans are verbatim substrings of the
 * page text) and every line our annotation calls content, and must drop the lines it calls page
 * furniture. Prints the measured figures. Skipped when the corpus is absent.
 */
class CorpusExtractionTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void mainTextKeepsEveryGoldSpanAndDropsTheFurniture() throws Exception {
        int spans = 0;
        int spansKept = 0;
        int furniture = 0;
        int furnitureDropped = 0;
        int content = 0;
        int contentKept = 0;
        int titles = 0;
        int titlesRight = 0;
        int languagesRight = 0;
        List<String> problems = new ArrayList<>();
        List<Corpus.Item> items = Corpus.items();
        for (Corpus.Item item : items) {
            String raw = Corpus.text(item);
            Article a = extractor.extract(raw.getBytes(StandardCharsets.UTF_8), item.text().getFileName().toString());
            String main = a.mainText();
            Set<String> blocks = new HashSet<>(List.of(main.split("\n\n")));
            for (String span : item.evidence()) {
                spans++;
                if (main.contains(Corpus.squash(span))) {
                    spansKept++;
                } else {
                    problems.add(item.name() + ": gold span lost: " + span);
                }
            }
            String[] lines = raw.split("\n", -1);
            for (int n = 1; n <= lines.length; n++) {
                String line = Corpus.squash(lines[n - 1]);
                Corpus.Lines ann = item.lines();
                if (line.isEmpty() || ann.repeats().contains(n)) {
                    continue;
                }
                if (n == ann.title()) {
                    titles++;
                    if (line.equals(a.title()) && !blocks.contains(line)) {
                        titlesRight++;
                    } else {
                        problems.add(item.name() + ":" + n + ": headline not taken as title (got " + a.title() + ")");
                    }
                } else if (ann.furniture().contains(n)) {
                    furniture++;
                    if (!blocks.contains(line)) {
                        furnitureDropped++;
                    } else {
                        problems.add(item.name() + ":" + n + ": furniture kept: " + line);
                    }
                } else if (ann.creditAt().containsKey(n)) {
                    int at = ann.creditAt().get(n);
                    String caption = Corpus.squash(lines[n - 1].substring(0, at));
                    content++;
                    furniture++;
                    if (blocks.contains(caption)) {
                        contentKept++;
                        furnitureDropped++;
                    } else {
                        problems.add(item.name() + ":" + n + ": caption/credit not separated: " + line);
                        if (main.contains(caption)) {
                            contentKept++;
                        }
                    }
                } else {
                    content++;
                    if (main.contains(line)) {
                        contentKept++;
                    } else {
                        problems.add(item.name() + ":" + n + ": content lost: " + line);
                    }
                }
            }
            if (item.goldLanguage().equals(a.language())) {
                languagesRight++;
            } else {
                problems.add(item.name() + ": language " + a.language() + ", gold " + item.goldLanguage());
            }
        }
        System.out.printf("Corpus extraction (%d articles): gold evidence spans kept %d/%d; furniture lines dropped %d/%d (%.1f %%);"
                        + " content lines kept %d/%d (%.1f %%); headlines taken as title %d/%d; language right %d/%d%n",
                items.size(), spansKept, spans, furnitureDropped, furniture, 100.0 * furnitureDropped / furniture, contentKept, content,
                100.0 * contentKept / content, titlesRight, titles, languagesRight, items.size());
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(spansKept).as("gold evidence spans kept").isEqualTo(spans);
        assertThat(contentKept).as("content lines kept").isEqualTo(content);
        assertThat(furnitureDropped * 100).as("furniture lines dropped, percent").isGreaterThanOrEqualTo(furniture * 97);
        assertThat(languagesRight).isEqualTo(items.size());
        assertThat(titlesRight).isEqualTo(titles);
    }
}
