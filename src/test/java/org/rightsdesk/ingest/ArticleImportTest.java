package org.rightsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.monitor.Source;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.monitor.StoryGroups;
import org.rightsdesk.monitor.StoryProblem;
import org.rightsdesk.storage.Outbox;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DatabaseTest
class ArticleImportTest {

    /**
     * One pooled connection: a query run inside another's row callback then waits for itself and fails
     * here (in a server, enough concurrent requests doing that held the whole pool and froze it). SQLite
     * only: Flyway on PostgreSQL needs a second connection for its lock.
     */
    @DynamicPropertySource
    static void oneConnection(DynamicPropertyRegistry registry) {
        if (!"postgresql".equals(System.getProperty("rightsdesk.test.engine"))) {
            registry.add("rightsdesk.db.pool-size", () -> 1);
            registry.add("rightsdesk.db.connection-timeout", () -> "PT5S");
        }
    }


    @Autowired
    ArticleImport importer;
    @Autowired
    SourceCatalog catalog;
    @Autowired
    StoryGroups stories;
    @Autowired
    Outbox outbox;

    @TempDir
    Path dir;

    /**
     * A fixture made a story of its own for this test (tests share the database): a marker word
     * after every third word of each paragraph, the same in the original and its repost.
     */
    private static byte[] unique(String fixture, String marker) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p>([^<]{40,})</p>").matcher(Fixtures.text(fixture));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] words = m.group(1).split(" ");
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                p.append(words[i]).append(i % 3 == 2 ? " " + marker + " " : " ");
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("<p>" + p.toString().strip() + "</p>"));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void anArticleIsFiledOnceAndItsRepostJoinsItsStory() {
        String marker = marker();
        long outboxBefore = outbox.pending();
        ArticleImport.Result first = importer.importBytes(unique("market-check-ru.html", marker), "market.html",
                ArticleImport.Corrections.NONE, "marta");
        assertThat(first.status()).isEqualTo(ArticleImport.Status.IMPORTED);
        Source s = catalog.find(first.sourceId()).orElseThrow();
        assertThat(s.title()).isEqualTo("На рынке в Энске проверили документы у торговцев");
        assertThat(s.publisher()).isEqualTo("Вестник Примера");
        assertThat(s.encoding()).isEqualTo("UTF-8");
        assertThat(s.importedBy()).isEqualTo("marta");
        assertThat(s.mainText()).doesNotContain("cookie", "Поддержите", "рассылку");

        ArticleImport.Result again = importer.importBytes(unique("market-check-ru.html", marker), "market-again.html",
                ArticleImport.Corrections.NONE, "marta");
        assertThat(again.status()).isEqualTo(ArticleImport.Status.PRESENT);
        assertThat(again.sourceId()).isEqualTo(first.sourceId());

        ArticleImport.Result repost = importer.importBytes(unique("market-check-ru-repost.html", marker), "repost.html",
                ArticleImport.Corrections.NONE, "marta");
        assertThat(repost.status()).isEqualTo(ArticleImport.Status.GROUPED);
        assertThat(repost.matchedSourceId()).isEqualTo(first.sourceId());
        assertThat(repost.similarity()).isGreaterThanOrEqualTo(80);
        assertThat(repost.line()).startsWith("grouped   repost.html: source " + repost.sourceId() + ", story " + repost.storyId());
        StoryGroups.Story story = stories.story(repost.storyId()).orElseThrow();
        assertThat(story.sources()).extracting(Source::id).containsExactly(first.sourceId(), repost.sourceId());
        assertThat(story.decisions()).extracting(StoryGroups.Decision::kind)
                .containsExactly(StoryGroups.Kind.GROUPED, StoryGroups.Kind.GROUPED);
        assertThat(story.decisions().get(1).decidedBy()).isEqualTo("import:marta");
        // two new sources, each put on the outbox when filed and again when grouped
        assertThat(outbox.pending()).isGreaterThanOrEqualTo(outboxBefore + 3);
    }

    @Test
    void aPersonConfirmsAStoryOrSplitsASourceOffAndTheDecisionIsKept() {
        String marker = marker();
        long a = importer.importBytes(unique("market-check-ru.html", marker), "a.html", ArticleImport.Corrections.NONE, "t").sourceId();
        ArticleImport.Result b = importer.importBytes(unique("market-check-ru-repost.html", marker), "b.html",
                ArticleImport.Corrections.NONE, "t");
        long storyId = b.storyId();
        long distinctBefore = stories.distinctStories();
        stories.confirm(storyId, "olga");
        StoryGroups.Story confirmed = stories.story(storyId).orElseThrow();
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.confirmedBy()).isEqualTo("olga");

        stories.splitOff(storyId, b.sourceId(), "olga");
        assertThat(catalog.find(a).orElseThrow().storyId()).isNull();
        assertThat(catalog.find(b.sourceId()).orElseThrow().storyId()).isNull();
        assertThat(stories.decisions(storyId)).extracting(StoryGroups.Decision::kind).containsExactly(StoryGroups.Kind.GROUPED,
                StoryGroups.Kind.GROUPED, StoryGroups.Kind.CONFIRMED, StoryGroups.Kind.SPLIT, StoryGroups.Kind.DISSOLVED);
        assertThat(stories.decisions(storyId).get(3).decidedBy()).isEqualTo("olga");
        assertThat(stories.distinctStories()).isEqualTo(distinctBefore + 1);
        assertThatThrownBy(() -> stories.confirm(storyId, "olga")).isInstanceOf(StoryProblem.class);
        assertThatThrownBy(() -> stories.splitOff(storyId, a, "olga")).isInstanceOf(StoryProblem.class);
    }

    @Test
    void badFilesFailWithOneLineAndWriteNothing() throws Exception {
        long before = catalog.count();
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("koi8.html"), Fixtures.bytes("market-check-ru-koi8.html"));
        byte[] junk = new byte[4096];
        new java.util.Random(1).nextBytes(junk);
        Files.write(dir.resolve("junk.htm"), junk);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.html").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.writeString(dir.resolve("notes.pdf"), "whatever");

        assertThat(importer.importFile(dir.resolve("empty.txt"), "empty.txt", "t").line())
                .isEqualTo("failed    empty.txt: the file is empty (0 bytes)");
        assertThat(importer.importFile(dir.resolve("koi8.html"), "koi8.html", "t").line())
                .startsWith("failed    koi8.html: unknown text encoding: not UTF-8, and read as Windows-1251");
        assertThat(importer.importFile(dir.resolve("junk.htm"), "junk.htm", "t").line())
                .startsWith("failed    junk.htm: binary file (");
        assertThat(importer.importFile(dir.resolve("huge.html"), "huge.html", "t").line())
                .isEqualTo("failed    huge.html: the file is too large (50.0 MB; the limit is 20.0 MB)");
        assertThat(importer.importFile(dir.resolve("notes.pdf"), "notes.pdf", "t").line())
                .isEqualTo("skipped   notes.pdf: not .html, .htm or .txt");
        assertThat(importer.importFile(dir.resolve("missing.txt"), "missing.txt", "t").status())
                .isEqualTo(ArticleImport.Status.FAILED);
        assertThat(catalog.count()).isEqualTo(before);
    }

    @Test
    void correctionsFromTheUploadFormReplaceWhatThePageSays() {
        String marker = marker();
        ArticleImport.Result r = importer.importBytes(unique("market-check-ru.html", marker), "m.html",
                new ArticleImport.Corrections("https://example.org/x", "Другое издание", null, java.time.LocalDate.of(2025, 3, 15), null),
                "t");
        Source s = catalog.find(r.sourceId()).orElseThrow();
        assertThat(s.url()).isEqualTo("https://example.org/x");
        assertThat(s.publisher()).isEqualTo("Другое издание");
        assertThat(s.title()).isEqualTo("На рынке в Энске проверили документы у торговцев");
        assertThat(s.publishedOn()).isEqualTo(java.time.LocalDate.of(2025, 3, 15));
    }

    @Test
    void sourcesFiledElsewhereAreFingerprintedAndFoundAsNearDuplicates() {
        String body = "Сотрудники полиции провели рейд в общежитии строителей на окраине, проверили документы у восьмидесяти человек "
                + "и доставили в отдел одиннадцать из них, сообщили правозащитники. " + UUID.randomUUID();
        Source filedDirectly = catalog.file(new org.rightsdesk.monitor.NewSource(null, "Сайт", "Рейд", null, "ru", body, null, null),
                "seed").source();
        assertThat(importer.fingerprintMissing()).isGreaterThanOrEqualTo(1);
        ArticleImport.Result copy = importer.importBytes((body + "\nВсех отпустили к утру, сообщили позже.").getBytes(StandardCharsets.UTF_8),
                "copy.txt", ArticleImport.Corrections.NONE, "t");
        assertThat(copy.status()).isEqualTo(ArticleImport.Status.GROUPED);
        assertThat(copy.matchedSourceId()).isEqualTo(filedDirectly.id());
    }
}
