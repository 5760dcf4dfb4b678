package org.rightsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightsdesk.testsupport.TestDatabases;

/** {@code incidents import} and {@code reindex} as a user meets them: a report line per file, exit codes, idempotence. */
@Tag("db")
class MonitorCliTest {

    @TempDir
    Path dir;

    @Test
    void incidentFilesAreImportedWithALinePerFileAndABadFileChangesNothing() throws Exception {
        String data = dir.resolve("data").toString();
        String db = TestDatabases.freshDatabaseUrl(dir);
        Path good = Files.writeString(dir.resolve("good.csv"), "key,type,date_from,region,count,count_qualifier\n"
                + "g1,raid,2025-04-28,RU-MOS,60,more_than\ng2,detention,2025-04,RU-MOW,,\n");
        Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"type\":\"raid\",\"date_from\":\"2025-02-30\",\"region\":\"RU-MOW\",\"count\":1}]");

        CliTest.Result first = CliTest.run("incidents", "import", good.toString(), bad.toString(), "--data", data, "--db", db);
        assertThat(first.code()).isEqualTo(1);
        assertThat(first.out()).contains("good.csv: 2 imported, 0 already on file")
                .contains("bad.json: not imported, 1 problem (nothing was written)")
                .contains("row 1: date_from: '2025-02-30' does not exist (February 2025 has 28 days)");
        assertThat(first.err()).contains("1 of 2 files were not imported");

        CliTest.Result again = CliTest.run("import", "incidents", good.toString(), "--data", data, "--db", db);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("good.csv: 0 imported, 2 already on file");

        CliTest.Result reindex = CliTest.run("reindex", "--data", data, "--db", db);
        assertThat(reindex.err()).doesNotContain("Exception");
        assertThat(reindex.code()).isZero();
        assertThat(reindex.out()).contains("search index rebuilt with 2 records");
        assertThat(dir.resolve("data").resolve("search-index")).isDirectory();
    }

    @Test
    void reindexWhileAnotherProcessHoldsTheIndexSaysSoInOneLine() throws Exception {
        // A data directory is private (0700), as the server makes it; made here first, for the index.
        Path data = java.nio.file.Files.createDirectory(dir.resolve("data"), java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        String db = TestDatabases.freshDatabaseUrl(dir);
        try (var directory = org.apache.lucene.store.FSDirectory.open(data.resolve("search-index"));
             var held = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            CliTest.Result r = CliTest.run("reindex", "--data", data.toString(), "--db", db);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("rightsdesk: The search index in ").contains("is in use by another Rightsdesk process");
        }
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliTest.Result r = CliTest.run("incidents", "import", dir.resolve("nope.csv").toString(), "--data", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("rightsdesk: No such file: " + dir.resolve("nope.csv"));
    }
}
