package org.rightsdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class StatisticsTest {

    @Autowired
    IncidentRegistry registry;
    @Autowired
    Statistics statistics;
    @Autowired
    SourceCatalog sources;

    /** A month no other test uses, so the counts below are ours alone. */
    // Months no other test uses, and never the same one twice in a run (the test database is shared).
    private static final java.util.concurrent.atomic.AtomicInteger MONTHS =
            new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(400));

    private static String freshMonth() {
        int n = MONTHS.getAndIncrement() % 450;
        return (2040 + n / 9) + "-0" + (1 + n % 9);
    }

    private Incident incident(String month, IncidentType type, String region, SiteKind site, Count count, Set<Agency> agencies) {
        return registry.create(new IncidentDraft(type, Period.parse(month, null, null), new Place(region, null, site), count, agencies,
                null, null, "", null, null), "stats", List.of());
    }

    @Test
    void peopleAreSummedPerQualifierAndMergedDuplicatesCountOnce() {
        String month = freshMonth();
        Incident a = incident(month, IncidentType.DEPORTATION, "RU-SPE", null, new Count(64L, Qualifier.MORE_THAN, null), Set.of(Agency.POLICE));
        incident(month, IncidentType.DEPORTATION, "RU-SPE", SiteKind.AIRPORT, new Count(10L, Qualifier.EXACT, null), Set.of(Agency.POLICE, Agency.COURT));
        incident(month, IncidentType.RAID, "RU-MOW", SiteKind.MARKET, Count.unknown(), Set.of());
        Incident dup = incident(month, IncidentType.DEPORTATION, "RU-SPE", null, new Count(60L, Qualifier.ABOUT, null), Set.of());
        registry.merge(a.id(), dup.id(), "stats");

        StatisticsReport r = statistics.report(new StatisticsQuery(month, month, null, false));
        Tally total = r.total().reported();
        assertThat(total.incidents()).isEqualTo(3);
        assertThat(total.exact()).isEqualTo(10);
        assertThat(total.moreThan()).isEqualTo(64);
        assertThat(total.about()).as("the merged duplicate's number is not added").isZero();
        assertThat(total.withoutCount()).isEqualTo(1);
        assertThat(total.people()).containsExactly(new Tally.PeoplePart("more_than", 74));
        assertThat(r.byType()).extracting(StatRow::key, row -> row.reported().incidents())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("deportation", 2L), org.assertj.core.groups.Tuple.tuple("raid", 1L));
        assertThat(r.byRegion()).extracting(StatRow::key).containsExactly("RU-SPE", "RU-MOW");
        assertThat(r.bySite()).extracting(StatRow::key).contains("-", "airport", "market");
        assertThat(r.byAgency()).filteredOn(row -> row.key().equals("police")).first()
                .satisfies(row -> assertThat(row.reported().incidents()).isEqualTo(2));
        assertThat(r.byMonth()).extracting(StatRow::key).containsExactly(month);
        assertThat(r.monthByType().get(month)).containsEntry(IncidentType.DEPORTATION, 2L).containsEntry(IncidentType.RAID, 1L);
        assertThat(statistics.report(new StatisticsQuery(month, month, IncidentType.RAID, false)).total().reported().incidents()).isEqualTo(1);
    }

    @Test
    void verifiedAndCorroboratedAreCountedBesideReported() {
        String month = freshMonth();
        Incident v = incident(month, IncidentType.DETENTION, "RU-TA", null, new Count(5L, Qualifier.EXACT, null), Set.of());
        registry.setVerified(v.id(), true, "stats");
        Incident c = incident(month, IncidentType.DETENTION, "RU-TA", null, new Count(7L, Qualifier.AT_LEAST, null), Set.of());
        Source one = MonitorFixtures.file(sources, "Outlet One", "A detention was reported.");
        Source two = MonitorFixtures.file(sources, "Outlet Two", "The detention was also reported.");
        registry.addEvidence(c.id(), one.id(), CodedField.COUNT, null, new Count(7L, Qualifier.AT_LEAST, null), "stats");
        registry.addEvidence(c.id(), two.id(), CodedField.COUNT, null, new Count(8L, Qualifier.EXACT, null), "stats");

        StatRow total = statistics.report(new StatisticsQuery(month, month, null, false)).total();
        assertThat(total.reported().incidents()).isEqualTo(2);
        assertThat(total.corroborated()).isEqualTo(1);
        assertThat(total.verified().incidents()).isEqualTo(1);
        assertThat(total.verified().exact()).isEqualTo(5);
        assertThat(total.reported().atLeast()).isEqualTo(7);
    }

    @Test
    void publicStatisticsCountOnlyPublishedIncidentsAndWithholdSmallCells() {
        String month = freshMonth();
        for (int n = 0; n < 6; n++) {
            Incident i = incident(month, IncidentType.RAID, "RU-MOW", SiteKind.METRO, new Count(10L, Qualifier.EXACT, null), Set.of());
            registry.setPublished(i.id(), true, "stats");
        }
        Incident lone = incident(month, IncidentType.RAID, "RU-KGD", SiteKind.METRO, new Count(2L, Qualifier.EXACT, null), Set.of());
        registry.setPublished(lone.id(), true, "stats");
        incident(month, IncidentType.RAID, "RU-KGD", SiteKind.METRO, Count.unknown(), Set.of()); // not published

        StatisticsReport pub = statistics.publicReport(new StatisticsQuery(month, month, null, false));
        assertThat(pub.suppressionThreshold()).isEqualTo(statistics.publicMinCell());
        assertThat(pub.total().reported().incidents()).isEqualTo(7);
        StatRow kgd = pub.byRegion().stream().filter(r -> r.key().equals("RU-KGD")).findFirst().orElseThrow();
        assertThat(kgd.hidden(StatRow.INCIDENTS)).isTrue();
        assertThat(kgd.reported().incidents()).isZero();
        StatRow mow = pub.byRegion().stream().filter(r -> r.key().equals("RU-MOW")).findFirst().orElseThrow();
        assertThat(mow.hidden(StatRow.INCIDENTS)).as("the only other cell, or the hidden one could be worked out").isTrue();
        assertThat(pub.monthByType()).isEmpty();
        assertThat(statistics.report(new StatisticsQuery(month, month, null, false)).total().reported().incidents()).isEqualTo(8);
    }
}
