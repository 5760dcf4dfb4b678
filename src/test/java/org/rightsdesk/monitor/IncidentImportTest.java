package org.rightsdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class IncidentImportTest {

    @Autowired
    IncidentImport importer;
    @Autowired
    SourceCatalog sources;
    @Autowired
    IncidentRegistry registry;
    @Autowired
    StatisticsCells cells;
    @Autowired
    org.rightsdesk.storage.Outbox outbox;

    private ImportReport run(String name, String content) {
        return importer.importFile(name, content.getBytes(StandardCharsets.UTF_8), "importer");
    }

    private static String key() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aGoodCsvIsImportedOnceAndTheSecondRunAddsNothing() {
        String k = key();
        String csv = "key,type,date_from,date_to,region,locality,site_kind,count,count_qualifier,agencies,outcomes,published\n"
                + k + "-1,raid,2025-06-03,,RU-MOS,Kotelniki,mosque,,,police;rosgvardia,,true\n"
                + k + "-2,deportation,2025-06,,Saint Petersburg,,airport,64,more_than,,deported,false\n";
        long before = registry.count(IncidentFilter.all());
        long pending = outbox.pending();
        ImportReport first = run("june.csv", csv);
        assertThat(first.errors()).isEmpty();
        assertThat(first.imported()).isEqualTo(2);
        assertThat(registry.count(IncidentFilter.all())).isEqualTo(before + 2);
        Incident raid = registry.findByImportKey("key:" + k + "-1").orElseThrow();
        assertThat(raid.agencies()).containsExactlyInAnyOrder(Agency.POLICE, Agency.ROSGVARDIA);
        assertThat(raid.published()).isTrue();
        Incident dep = registry.findByImportKey("key:" + k + "-2").orElseThrow();
        assertThat(dep.place().regionCode()).isEqualTo("RU-SPE");
        assertThat(dep.count()).isEqualTo(new Count(64L, Qualifier.MORE_THAN, null));
        assertThat(dep.period().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(outbox.pending()).isEqualTo(pending + 2);
        // The batched statistics update gives exactly what a rebuild from the incidents gives.
        java.util.List<String> running = cells.snapshot();
        cells.rebuild();
        assertThat(cells.snapshot()).isEqualTo(running);

        ImportReport second = run("june.csv", csv);
        assertThat(second.imported()).isZero();
        assertThat(second.alreadyOnFile()).isEqualTo(2);
        assertThat(registry.count(IncidentFilter.all())).isEqualTo(before + 2);
    }

    @Test
    void rowsWithoutAKeyAreRecognisedByTheirContent() {
        String csv = "type,date_from,region,count\nraid,2025-07-0" + (1 + (int) (Math.random() * 8)) + ",RU-TVE,"
                + (1000 + (int) (Math.random() * 100000)) + "\n";
        assertThat(run("a.csv", csv).imported()).isEqualTo(1);
        assertThat(run("a-copy.csv", csv).alreadyOnFile()).isEqualTo(1);
    }

    @Test
    void everyBadRowIsReportedAndNothingOfTheFileIsWritten() {
        String k = key();
        String csv = "key,type,date_from,region,count\n"
                + k + "-ok,raid,2025-06-01,RU-MOS,3\n"
                + k + "-feb,raid,2025-02-31,RU-MOS,3\n"
                + k + "-type,parade,2025-06-01,RU-MOS,3\n"
                + k + "-short,raid,2025-06-01\n";
        long before = registry.count(IncidentFilter.all());
        ImportReport r = run("bad.csv", csv);
        assertThat(r.failed()).isTrue();
        assertThat(r.imported()).isZero();
        assertThat(r.errors()).hasSize(1).first().asString().contains("row 5 has 3 fields but the header has 5");
        csv = csv.replace(k + "-short,raid,2025-06-01\n", "");
        r = run("bad.csv", csv);
        assertThat(r.errors()).containsExactly(
                "row 3: date_from: '2025-02-31' does not exist (February 2025 has 28 days)",
                "row 4: type: 'parade' is not one of raid, detention, deportation, expulsion_ruling, registry_inclusion, "
                        + "enlistment_coercion, citizenship_revocation, entry_refusal, school_refusal, violence, other");
        assertThat(registry.findByImportKey("key:" + k + "-ok")).isEmpty();
        assertThat(registry.count(IncidentFilter.all())).isEqualTo(before);
        assertThat(r.summary()).isEqualTo("bad.csv: not imported, 2 problems (nothing was written)");
    }

    @Test
    void missingAndUnknownColumnsAreNamed() {
        ImportReport r = run("cols.csv", "type,date_from,colour\nraid,2025-01-01,red\n");
        assertThat(r.errors()).singleElement().asString()
                .startsWith("header: missing column count, region; unknown column colour");
    }

    @Test
    void jsonFilesUseTheSameNamesAndChecks() {
        String k = key();
        ImportReport ok = run("x.json", "[{\"key\":\"" + k + "\",\"type\":\"detention\",\"date_from\":\"2025-05-05\",\"region\":\"RU-MOW\","
                + "\"count\":12,\"count_qualifier\":\"about\",\"agencies\":[\"police\"],\"site_kind\":\"metro\","
                + "\"identification\":\"metro_face_recognition\"}]");
        assertThat(ok.errors()).isEmpty();
        assertThat(registry.findByImportKey("key:" + k).orElseThrow().identification()).isEqualTo(IdentificationMethod.METRO_FACE_RECOGNITION);
        ImportReport bad = run("y.json", "{\"incidents\":[{\"type\":\"raid\",\"date_from\":\"2025-01-01\",\"region\":\"RU-MOW\",\"count\":1,\"colour\":1}]}");
        assertThat(bad.errors()).singleElement().asString().contains("incident 1: unknown column colour");
        assertThat(run("z.json", "[{\"type\":\"raid\",").errors()).singleElement().asString().startsWith("not readable as JSON");
    }

    @Test
    void quotesOfAFiledSourceBecomeSpansOfTheImportedIncident() {
        Source s = sources.file(new NewSource("https://example.test/" + UUID.randomUUID(), "Import Wire", "Station check", java.time.LocalDate.of(2025, 8, 1),
                "en", "At the station, 17 people were held for a document check. " + UUID.randomUUID(), "s.txt", "UTF-8"), "t").source();
        String k = key();
        ImportReport r = run("q.csv", "key,type,date_from,region,count,source_url,quote,count_quote\n" + k
                + ",detention,2025-07-31,RU-MOW,17," + s.url() + ",held for a document check,17 people were held\n");
        assertThat(r.errors()).isEmpty();
        Incident i = registry.findByImportKey("key:" + k).orElseThrow();
        IncidentFile file = registry.file(i.id()).orElseThrow();
        assertThat(file.sources()).extracting(Source::id).containsExactly(s.id());
        assertThat(file.claims()).extracting(c -> c.span().quote()).containsExactlyInAnyOrder("held for a document check", "17 people were held");
        assertThat(file.claims()).filteredOn(Claim::counted).hasSize(1);
        assertThat(i.reportedOn()).isEqualTo(java.time.LocalDate.of(2025, 8, 1));
        ImportReport wrongQuote = run("q2.csv", "type,date_from,region,count,source_url,quote\ndetention,2025-07-31,RU-MOW,17,"
                + s.url() + ",words the source never used\n");
        assertThat(wrongQuote.errors()).singleElement().asString().contains("row 2: evidence for type: the quote is not in the text of source");
    }

    @Test
    void emptyBinaryAndForeignFilesGetOneClearLine() {
        assertThat(run("empty.csv", "").errors()).containsExactly("the file is empty");
        assertThat(importer.importFile("bin.csv", new byte[] {0, 1, 2, (byte) 0xff}, "importer").errors()).hasSize(1);
        assertThat(run("notes.txt", "type\nraid").errors()).containsExactly("not a .csv or .json file");
    }
}
