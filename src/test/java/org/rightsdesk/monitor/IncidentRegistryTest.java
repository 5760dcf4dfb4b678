package org.rightsdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rightsdesk.storage.Outbox;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class IncidentRegistryTest {

    @Autowired
    IncidentRegistry registry;
    @Autowired
    SourceCatalog sources;
    @Autowired
    Outbox outbox;
    @Autowired
    StatisticsCells cells;

    @Test
    void anIncidentCodedFromASourcePointsAtTheSpanThatSupportsIt() {
        Source article = MonitorFixtures.file(sources, "Daily Test", MonitorFixtures.RAID_TEXT);
        long pending = outbox.pending();
        Incident i = registry.create(MonitorFixtures.raid("RU-MOS", MonitorFixtures.uniqueLocality(), article.id(),
                new Count(60L, Qualifier.MORE_THAN, "people detained"),
                List.of(new Evidence(CodedField.COUNT, "more than  60 people were taken"))), "coder", List.of());

        IncidentFile file = registry.file(i.id()).orElseThrow();
        Claim count = file.claims().stream().filter(c -> c.field() == CodedField.COUNT).findFirst().orElseThrow();
        assertThat(article.mainText().substring(count.span().start(), count.span().end())).isEqualTo("More than 60 people were taken");
        assertThat(count.counted()).isTrue();
        assertThat(file.sources()).extracting(Source::id).containsExactly(article.id());
        assertThat(i.verification()).isEqualTo(Verification.SINGLE_SOURCE);
        assertThat(i.reportedOn()).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(outbox.pending()).isGreaterThan(pending);
    }

    @Test
    void aQuoteThatIsNotInTheSourceIsRefusedAndNothingIsSaved() {
        Source article = MonitorFixtures.file(sources, "Daily Test", MonitorFixtures.RAID_TEXT);
        long before = registry.count(IncidentFilter.all());
        assertThatThrownBy(() -> registry.create(MonitorFixtures.raid("RU-MOS", MonitorFixtures.uniqueLocality(), article.id(),
                Count.unknown(), List.of(new Evidence(CodedField.TYPE, "a sentence the article never wrote"))), "coder", List.of()))
                .isInstanceOf(MonitorProblem.class).hasMessageContaining("evidence for type");
        assertThat(registry.count(IncidentFilter.all())).isEqualTo(before);
    }

    @Test
    void aLocalityFromTheGazetteerFillsInItsRegionAndMayNotContradictIt() {
        Incident i = registry.create(new IncidentDraft(IncidentType.RAID, null, new Place(null, "Котельниках", SiteKind.MOSQUE),
                null, null, null, null, null, null, null), "coder", List.of());
        assertThat(i.place().regionCode()).isEqualTo("RU-MOS");
        assertThatThrownBy(() -> registry.check(new IncidentDraft(IncidentType.RAID, null, new Place("RU-MOW", "Kotelniki", null),
                null, null, null, null, null, null, null)))
                .isInstanceOf(MonitorProblem.class).hasMessageContaining("Kotelniki is in RU-MOS, not RU-MOW");
    }

    @Test
    void likelyDuplicatesAreShownWithReasonsAndMergingKeepsAllSourcesAndBothCounts() {
        String town = MonitorFixtures.uniqueLocality();
        Source first = MonitorFixtures.file(sources, "Daily Test", MonitorFixtures.RAID_TEXT);
        Source second = MonitorFixtures.file(sources, "Evening Test", "At the same market 64 people were detained on 28 April 2025.");
        Incident existing = registry.create(MonitorFixtures.raid("RU-MOS", town, first.id(), new Count(60L, Qualifier.MORE_THAN, null),
                List.of(new Evidence(CodedField.COUNT, "More than 60 people"))), "coder", List.of());

        IncidentDraft again = MonitorFixtures.raid("RU-MOS", town, second.id(), new Count(64L, Qualifier.EXACT, null),
                List.of(new Evidence(CodedField.COUNT, "64 people were detained")));
        List<DuplicateCandidate> candidates = registry.likelyDuplicates(again);
        assertThat(candidates).extracting(c -> c.incident().id()).contains(existing.id());
        DuplicateCandidate match = candidates.stream().filter(c -> c.incident().id() == existing.id()).findFirst().orElseThrow();
        assertThat(match.reasons()).extracting(MatchReason::code)
                .contains("sameType", "datesOverlap", "sameRegion", "sameLocality", "sameSite", "countsCompatible");

        Incident merged = registry.createAndMerge(again, existing.id(), "coder");
        IncidentFile file = registry.file(merged.id()).orElseThrow();
        assertThat(file.sources()).extracting(Source::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(file.decisions()).extracting(DuplicateDecision::decision).containsExactly(DuplicateDecision.MERGED);
        assertThat(file.decisions().get(0).reasons()).contains("countsCompatible");
        assertThat(file.absorbed()).hasSize(1);
        assertThat(merged.verification()).isEqualTo(Verification.CORROBORATED);
        // Both counts are on file side by side; the first stays counted until the coder picks the other.
        List<Claim> counts = file.claims().stream().filter(c -> c.field() == CodedField.COUNT).toList();
        assertThat(counts).extracting(c -> c.count().describe()).containsExactlyInAnyOrder("more than 60", "64");
        assertThat(merged.count()).isEqualTo(new Count(60L, Qualifier.MORE_THAN, null));
        Claim exact = counts.stream().filter(c -> c.count().value() == 64).findFirst().orElseThrow();
        Incident chosen = registry.countClaim(merged.id(), exact.id(), "coder");
        assertThat(chosen.count().value()).isEqualTo(64);
        assertThat(chosen.count().qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(registry.file(merged.id()).orElseThrow().claims()).filteredOn(Claim::counted).extracting(Claim::id)
                .containsExactly(exact.id());
        // The absorbed draft is on file as merged and no longer counted or offered as a duplicate.
        assertThat(registry.find(file.absorbed().get(0)).orElseThrow().mergedInto()).isEqualTo(merged.id());
        assertThat(registry.likelyDuplicates(merged.id())).extracting(c -> c.incident().id()).doesNotContain(file.absorbed().get(0));
    }

    @Test
    void incompatibleCountsOrOtherRegionsAreNotDuplicatesAndKeepingApartIsRecorded() {
        String town = MonitorFixtures.uniqueLocality();
        Incident big = registry.create(MonitorFixtures.raid("RU-MOS", town, null, new Count(300L, Qualifier.EXACT, null), List.of()),
                "coder", List.of());
        assertThat(registry.likelyDuplicates(MonitorFixtures.raid("RU-MOS", town, null, new Count(5L, Qualifier.EXACT, null), List.of())))
                .extracting(c -> c.incident().id()).doesNotContain(big.id());
        assertThat(registry.likelyDuplicates(MonitorFixtures.raid("RU-TVE", town, null, Count.unknown(), List.of())))
                .extracting(c -> c.incident().id()).doesNotContain(big.id());

        IncidentDraft similar = MonitorFixtures.raid("RU-MOS", town, null, new Count(280L, Qualifier.ABOUT, null), List.of());
        assertThat(registry.likelyDuplicates(similar)).extracting(c -> c.incident().id()).contains(big.id());
        Incident apart = registry.create(similar, "coder", List.of(big.id()));
        assertThat(registry.file(apart.id()).orElseThrow().decisions())
                .extracting(DuplicateDecision::decision, DuplicateDecision::otherIncidentId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DuplicateDecision.KEPT_APART, big.id()));
        assertThat(registry.likelyDuplicates(apart.id())).extracting(c -> c.incident().id()).doesNotContain(big.id());
    }

    @Test
    void repostsOfOneStoryOrOnePublisherDoNotCorroborate() {
        Source a = MonitorFixtures.file(sources, "Same Outlet", "One raid was reported.");
        Source b = MonitorFixtures.file(sources, "same outlet", "One raid was reported again.");
        Source c = MonitorFixtures.file(sources, "Other Outlet", "A repost of the story.");
        Source d = MonitorFixtures.file(sources, "Third Outlet", "The original story.");
        sources.assignStory(c.id(), d.id());
        sources.assignStory(d.id(), d.id());
        c = sources.find(c.id()).orElseThrow();
        d = sources.find(d.id()).orElseThrow();
        assertThat(IncidentRegistry.independentGroups(List.of(a, b))).isEqualTo(1);
        assertThat(IncidentRegistry.independentGroups(List.of(c, d))).isEqualTo(1);
        assertThat(IncidentRegistry.independentGroups(List.of(a, b, c, d))).isEqualTo(2);
    }

    @Test
    void verificationAndPublicationChangeTheStatusAndTheRunningTotalsStayExact() {
        Source article = MonitorFixtures.file(sources, "Daily Test", MonitorFixtures.RAID_TEXT);
        Incident i = registry.create(MonitorFixtures.raid("RU-MOS", MonitorFixtures.uniqueLocality(), article.id(),
                new Count(12L, Qualifier.ABOUT, null), List.of()), "coder", List.of());
        assertThat(registry.setVerified(i.id(), true, "coder").verification()).isEqualTo(Verification.VERIFIED);
        assertThat(registry.setPublished(i.id(), true, "coder").published()).isTrue();
        registry.addEvidence(i.id(), article.id(), CodedField.AGENCY, "Police and Rosgvardia officers", null, "coder");
        registry.update(i.id(), new IncidentDraft(IncidentType.DETENTION, Period.parse("2025-04", null, null), i.place(),
                new Count(15L, Qualifier.UP_TO, null), Set.of(Agency.FSB), null, List.of(), "changed", null, null), "coder");

        List<String> running = cells.snapshot();
        cells.rebuild();
        assertThat(cells.snapshot()).isEqualTo(running);
    }
}
