package org.rightsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rightsdesk.monitor.Count;
import org.rightsdesk.monitor.Incident;
import org.rightsdesk.monitor.IncidentDraft;
import org.rightsdesk.monitor.IncidentRegistry;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.NewSource;
import org.rightsdesk.monitor.Place;
import org.rightsdesk.monitor.SiteKind;
import org.rightsdesk.monitor.Source;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.storage.Outbox;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class SearchIndexTest {

    @Autowired
    SearchIndex index;
    @Autowired
    SourceCatalog sources;
    @Autowired
    IncidentRegistry incidents;
    @Autowired
    Outbox outbox;

    private Source file(String title, String language, String text) {
        return sources.file(new NewSource("https://example.test/" + UUID.randomUUID(), "Test Wire", title, LocalDate.of(2025, 6, 2),
                language, text, "t.txt", "UTF-8"), "tester").source();
    }

    @Test
    void kotelnikiAndКотельникиFindTheSameThingsWithTheMatchedWordsMarked() {
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 6);
        Source russian = file("Проверка у мечети", "ru", "В Котельниках полицейские проверили документы у прихожан мечети. " + tag);
        Source english = file("Check near a mosque", "en", "Officers checked papers of worshippers in Kotelniki, near Moscow. " + tag);
        index.drain();

        for (String query : List.of("Kotelniki " + tag, "Котельники " + tag)) {
            SearchResults r = index.search(query, SourceCatalog.ENTITY, false, 10);
            assertThat(r.hits()).as(query).extracting(SearchHit::id).containsExactlyInAnyOrder(russian.id(), english.id());
        }
        SearchHit hit = index.search("Kotelniki " + tag, null, false, 10).hits().stream().filter(h -> h.id() == russian.id())
                .findFirst().orElseThrow();
        assertThat(hit.passageHtml()).contains("<mark>Котельниках</mark>").doesNotContain("<script");
    }

    @Test
    void incidentsAreFoundByPlaceNamesInBothLanguagesAndByTheirTypeInRussian() {
        String tag = "zr" + UUID.randomUUID().toString().substring(0, 6);
        Incident i = incidents.create(new IncidentDraft(IncidentType.RAID, null, new Place("RU-MOS", "Kotelniki", SiteKind.MOSQUE),
                Count.unknown(), null, null, null, "Checks at prayer time " + tag, null, null), "tester", List.of());
        index.drain();
        assertThat(index.search("Котельники " + tag, IncidentRegistry.ENTITY, false, 5).hits()).extracting(SearchHit::id).containsExactly(i.id());
        assertThat(index.search("рейд мечеть " + tag, null, false, 5).hits()).extracting(SearchHit::id).containsExactly(i.id());
        assertThat(index.search(tag, null, true, 5).hits()).as("not published").isEmpty();
        incidents.setPublished(i.id(), true, "tester");
        index.drain();
        assertThat(index.search(tag, null, true, 5).hits()).extracting(SearchHit::id).containsExactly(i.id());
    }

    @Test
    void aCrashWhileApplyingLeavesTheEntriesOnTheOutboxAndTheNextDrainCatchesUp() {
        index.drain();
        String tag = "zs" + UUID.randomUUID().toString().substring(0, 6);
        Source s = file("Crash test", "en", "A story about a document check. " + tag);
        long pending = outbox.pending();
        assertThat(pending).isPositive();

        assertThatThrownBy(() -> index.drain(e -> {
            throw new IllegalStateException("power cut");
        })).hasMessage("power cut");
        assertThat(outbox.pending()).isEqualTo(pending);
        assertThat(index.search(tag, null, false, 5).hits()).isEmpty();

        assertThat(index.drain()).isEqualTo(pending);
        assertThat(outbox.pending()).isZero();
        assertThat(index.search(tag, null, false, 5).hits()).extracting(SearchHit::id).containsExactly(s.id());
    }

    @Test
    void aCrashAfterCommittingButBeforeAcknowledgingOnlyRepeatsHarmlessWork() throws Exception {
        String tag = "zt" + UUID.randomUUID().toString().substring(0, 6);
        Source s = file("Repeat test", "en", "Another story about a market. " + tag);
        index.applyAndCommit(outbox.next(10_000), e -> { }); // committed, never acknowledged
        assertThat(outbox.pending()).isPositive();
        index.drain();
        assertThat(index.search(tag, null, false, 5).total()).isEqualTo(1);
        assertThat(index.search(tag, null, false, 5).hits().get(0).id()).isEqualTo(s.id());
    }

    @Test
    void rebuildingFromTheDatabaseGivesTheSameAnswersAndDropsMergedIncidents() {
        String tag = "zu" + UUID.randomUUID().toString().substring(0, 6);
        Incident a = incidents.create(new IncidentDraft(IncidentType.DETENTION, null, new Place("RU-MOW", null, SiteKind.METRO),
                Count.unknown(), null, null, null, "Held at a metro station " + tag, null, null), "tester", List.of());
        Incident b = incidents.create(new IncidentDraft(IncidentType.DETENTION, null, new Place("RU-MOW", null, SiteKind.METRO),
                Count.unknown(), null, null, null, "Same event, second report " + tag, null, null), "tester", List.of());
        incidents.merge(a.id(), b.id(), "tester");
        index.drain();
        assertThat(index.search(tag, null, false, 5).hits()).extracting(SearchHit::id).containsExactly(a.id());
        index.rebuild(n -> { });
        assertThat(index.search(tag, null, false, 5).hits()).extracting(SearchHit::id).containsExactly(a.id());
        assertThat(index.size()).isPositive();
    }
}
