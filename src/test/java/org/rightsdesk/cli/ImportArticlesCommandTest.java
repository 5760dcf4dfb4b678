package org.rightsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.testsupport.TestDatabases;

/** {@code rightsdesk import articles DIR} with good and bad files: the report, the exit codes, a second run. */
@Tag("db")
class ImportArticlesCommandTest {

    @TempDir
    Path dir;

    private void fixture(String name, Path to) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/rightsdesk/ingest/fixtures/" + name)) {
            Files.write(to, in.readAllBytes());
        }
    }

    @Test
    void aBatchWithBadFilesRunsToTheEndAndReportsEachFile() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(articles.resolve("march"));
        fixture("market-check-ru.html", articles.resolve("march/market.html"));
        fixture("market-check-ru-repost.html", articles.resolve("march/repost.htm"));
        fixture("airport-refusals-en.html", articles.resolve("airport.html"));
        fixture("detention-notes.txt", articles.resolve("hotline.txt"));
        fixture("market-check-ru-koi8.html", articles.resolve("koi8.html"));
        fixture("malformed.html", articles.resolve("broken.html"));
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[3000];
        new Random(5).nextBytes(junk);
        Files.write(articles.resolve("junk.html"), junk);
        try (RandomAccessFile huge = new RandomAccessFile(articles.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.writeString(articles.resolve("photo.jpg"), "not read");
        Files.writeString(articles.resolve(".hidden.txt"), "ignored");
        String data = dir.resolve("data").toString();
        String db = TestDatabases.freshDatabaseUrl(dir);

        CliTest.Result r = CliTest.run("import", "articles", articles.toString(), "--data", data, "--db", db, "--no-progress", "--by", "nina");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("imported  airport.html: source \\d+\n")
                .containsPattern("imported  broken.html: source \\d+; malformed HTML repaired \\(\\d+ errors?\\)\n")
                .contains("failed    empty.txt: the file is empty (0 bytes)\n")
                .contains("failed    huge.txt: the file is too large (50.0 MB; the limit is 20.0 MB)\n")
                .containsPattern("failed    junk.html: binary file \\([^)]+\\), not an HTML or text article\n")
                .contains("failed    koi8.html: unknown text encoding: not UTF-8, and read as Windows-1251")
                .containsPattern("imported  march/market.html: source (\\d+)\n")
                .containsPattern("grouped   march/repost.htm: source \\d+, story \\d+ \\(\\d+ % the same as source \\d+\\)\n")
                .contains("skipped   photo.jpg: not .html, .htm or .txt\n")
                .doesNotContain(".hidden")
                .contains("10 files: 5 imported (1 grouped into stories), 0 already present, 1 skipped, 4 failed.");

        CliTest.Result again = CliTest.run("import", "articles", articles.toString(), "--data", data, "--db", db, "--no-progress");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("10 files: 0 imported (0 grouped into stories), 5 already present, 1 skipped, 4 failed.")
                .containsPattern("present   march/repost.htm: source \\d+, story \\d+\n");
    }

    @Test
    void aMissingDirectoryIsACommandProblem() {
        CliTest.Result r = CliTest.run("import", "articles", dir.resolve("nope").toString(), "--data", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("rightsdesk: No such directory: " + dir.resolve("nope"));
        CliTest.Result usage = CliTest.run("import");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("articles");
    }
}
