package org.rightsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.testsupport.TestDatabases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code incidents suggest}: drafts for article files, as text or as JSON in the incident import
 * format — which imports as it is (suggest, then import, and the incident is on file with its
 * quotes as claims). Empty, binary and other-language files give no drafts and say why.
 */
@Tag("db")
class SuggestCliTest {

    @TempDir
    Path dir;

    @Test
    void suggestedDraftsImportAsTheyAre() throws Exception {
        Path article = dir.resolve("podolsk.html");
        Files.write(article, getClass().getResourceAsStream("/org/rightsdesk/suggest/podolsk-raid.html").readAllBytes());
        String data = dir.resolve("data").toString();
        String db = TestDatabases.freshDatabaseUrl(dir);

        CliTest.Result json = CliTest.run("incidents", "suggest", article.toString(), "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode drafts = JsonMapper.shared().readTree(json.out());
        assertThat(drafts.isArray()).isTrue();
        assertThat(drafts).hasSize(1);
        JsonNode raid = drafts.get(0);
        assertThat(raid.path("type").asString()).isEqualTo("raid");
        assertThat(raid.path("date_from").asString()).isEqualTo("2032-09-09"); // «в четверг» before Friday 2032-09-10, the page's date
        assertThat(raid.path("date_precision").asString()).isEqualTo("day");
        assertThat(raid.path("region").asString()).isEqualTo("RU-MOS");
        assertThat(raid.path("locality").asString()).isEqualTo("Подольск");
        assertThat(raid.path("site_kind").asString()).isEqualTo("market");
        assertThat(raid.path("count").asString()).isEqualTo("40");
        assertThat(raid.path("count_qualifier").asString()).isEqualTo("more_than");
        assertThat(raid.path("agencies").toString()).contains("police", "rosgvardia");
        assertThat(raid.path("source_url").asString()).isEqualTo("https://news.example.test/2032/09/podolsk-rynok-reid");
        assertThat(raid.path("quote").asString()).startsWith("В четверг сотрудники полиции и ОМОНа провели рейд");

        CliTest.Result text = CliTest.run("incidents", "suggest", article.toString(), "--published", "2032-09-12");
        assertThat(text.out()).contains("podolsk.html (ru, published 2032-09-12): 1 suggestion")
                .contains("1. raid — 2032-09-09 (day) — RU-MOS, Подольск, market — more than 40");

        assertThat(CliTest.run("import", "articles", dir.toString(), "--data", data, "--db", db, "--no-progress").code()).isZero();
        Path draftsFile = Files.writeString(dir.resolve("drafts.json"), json.out());
        CliTest.Result imported = CliTest.run("incidents", "import", draftsFile.toString(), "--data", data, "--db", db);
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("drafts.json: 1 imported");
    }

    @Test
    void emptyBinaryAndForeignFilesGiveNoDraftsAndSayWhy() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
        Path binary = Files.write(dir.resolve("scan.html"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3});
        Path german = Files.writeString(dir.resolve("de.txt"), "Die Polizei hat am Donnerstag auf einem Markt in Moskau dreißig "
                + "Migranten festgenommen, wie die Zeitung unter Berufung auf Augenzeugen berichtet.", StandardCharsets.UTF_8);
        CliTest.Result r = CliTest.run("incidents", "suggest", empty.toString(), binary.toString(), german.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().replaceAll("\\s", "")).isEqualTo("[][][]");
        assertThat(r.err()).contains("empty.txt: no suggestions: the file contains no text")
                .contains("scan.html: no suggestions: binary file (PDF)")
                .contains("de.txt: no suggestions: the text is neither Russian nor English")
                .contains("3 of 3 files gave no suggestions");
    }

    @Test
    void aBadPublicationDayIsAUsageError() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Police detained 40 migrants at a market in Kazan on Thursday.");
        CliTest.Result r = CliTest.run("incidents", "suggest", f.toString(), "--published", "2025-02-30");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--published '2025-02-30' is not a day (YYYY-MM-DD)");
    }
}
