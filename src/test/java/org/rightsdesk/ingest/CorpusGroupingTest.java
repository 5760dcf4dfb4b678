package org.rightsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * Measures the near-duplicate threshold on the corpus (issue 5, item 9): the twenty articles are
 * about different events, so no pair of them may be one story; variants made from each article
 * the way stories travel — a repost with the other site's own opening and without the last
 * paragraph, a re-published update, an excerpt, a copy-edited copy — must be. Prints the
 * containment each side reaches, and the same for the raw pages, where the outlets' shared page
 * furniture makes different stories look alike. Skipped when the corpus is absent.
 */
class CorpusGroupingTest {

    /** Sentences of our own, added by the variants below. */
    static final String OPENING = "This report first appeared on a partner site and is republished here with permission.";
    static final String UPDATE = "Update: officials later gave a revised figure, and this article was changed to reflect it.";
    static final String[] EDITS = {"reportedly", "local", "official", "later", "also"};

    static final Map<String, UnaryOperator<String>> VARIANTS = Map.of(
            "repost", CorpusGroupingTest::repost,
            "update", CorpusGroupingTest::update,
            "excerpt", CorpusGroupingTest::excerpt,
            "copy-edited", CorpusGroupingTest::copyEdited);

    @Test
    void differentEventsStayApartAndCopiesOfOneStoryComeTogether() throws Exception {
        List<Corpus.Item> items = Corpus.items();
        ArticleExtractor extractor = new ArticleExtractor();
        List<String> mains = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        for (Corpus.Item item : items) {
            String raw = Corpus.text(item);
            raws.add(raw);
            mains.add(extractor.extract(raw.getBytes(StandardCharsets.UTF_8), "a.txt").mainText());
        }
        double worstApart = 0;
        double worstRawApart = 0;
        int pairs = 0;
        int groupedApart = 0;
        int rawGroupedApart = 0;
        for (int i = 0; i < mains.size(); i++) {
            for (int j = i + 1; j < mains.size(); j++) {
                pairs++;
                NearDuplicates.Similarity s = NearDuplicates.compare(mains.get(i), mains.get(j));
                worstApart = Math.max(worstApart, s.containment());
                groupedApart += s.sameStory() ? 1 : 0;
                NearDuplicates.Similarity r = NearDuplicates.compare(raws.get(i), raws.get(j));
                worstRawApart = Math.max(worstRawApart, r.containment());
                rawGroupedApart += r.sameStory() ? 1 : 0;
            }
        }
        double weakestTogether = 1;
        int variants = 0;
        int together = 0;
        int candidates = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < mains.size(); i++) {
            for (Map.Entry<String, UnaryOperator<String>> v : VARIANTS.entrySet()) {
                String copy = v.getValue().apply(mains.get(i));
                NearDuplicates.Similarity s = NearDuplicates.compare(mains.get(i), copy);
                variants++;
                weakestTogether = Math.min(weakestTogether, s.containment());
                if (s.sameStory()) {
                    together++;
                } else {
                    missed.add(items.get(i).name() + " " + v.getKey() + " " + s.percent() + " %");
                }
                if (shareABand(mains.get(i), copy)) {
                    candidates++;
                }
            }
        }
        System.out.printf("Corpus grouping: different-event pairs grouped %d/%d (largest containment %.2f; on raw pages with"
                        + " furniture %d/%d grouped, largest %.2f); variants grouped with their original %d/%d (smallest"
                        + " containment %.2f, threshold %.2f); LSH found the original for %d/%d variants%n",
                groupedApart, pairs, worstApart, rawGroupedApart, pairs, worstRawApart, together, variants, weakestTogether,
                NearDuplicates.SAME_STORY, candidates, variants);
        missed.forEach(m -> System.out.println("  not grouped: " + m));
        assertThat(groupedApart).as("pairs of different events grouped").isZero();
        assertThat(together).as("variants grouped with their original").isEqualTo(variants);
        assertThat(candidates).as("variants found by LSH").isEqualTo(variants);
        assertThat(worstApart).isLessThan(NearDuplicates.SAME_STORY / 2);
    }

    static boolean shareABand(String a, String b) {
        long[] x = NearDuplicates.bands(NearDuplicates.signature(NearDuplicates.shingles(a)));
        long[] y = NearDuplicates.bands(NearDuplicates.signature(NearDuplicates.shingles(b)));
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                return true;
            }
        }
        return false;
    }

    static List<String> paragraphs(String main) {
        return new ArrayList<>(Arrays.asList(main.split("\n\n")));
    }

    /** Another site's opening line, the last paragraph left out. */
    static String repost(String main) {
        List<String> p = paragraphs(main);
        if (p.size() > 2) {
            p.remove(p.size() - 1);
        }
        p.add(0, OPENING);
        return String.join("\n\n", p);
    }

    /** The same story re-published with a changed number and an added paragraph. */
    static String update(String main) {
        return main.replaceFirst("\\d", "9") + "\n\n" + UPDATE;
    }

    /** The first half of the story (at least the first paragraph). */
    static String excerpt(String main) {
        List<String> p = paragraphs(main);
        if (p.size() >= 4) {
            return String.join("\n\n", p.subList(0, p.size() / 2));
        }
        String[] words = main.split(" ");
        return String.join(" ", Arrays.copyOfRange(words, 0, Math.max(words.length / 2, Math.min(words.length, 40))));
    }

    /** A word inserted every thirty words, as a copy editor would. */
    static String copyEdited(String main) {
        String[] words = main.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            out.append(words[i]).append(' ');
            if (i % 30 == 29) {
                out.append(EDITS[(i / 30) % EDITS.length]).append(' ');
            }
        }
        return out.toString().strip();
    }
}
