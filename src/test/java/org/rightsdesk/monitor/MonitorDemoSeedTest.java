package org.rightsdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rightsdesk.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data loads (every quote is found in its summary), spans the seed period on the
 * timeline and fills the statistics; loading twice adds no incidents.
 */
@DatabaseTest
class MonitorDemoSeedTest {

    @Autowired
    MonitorDemoSeed seed;
    @Autowired
    Timeline timeline;
    @Autowired
    Statistics statistics;
    @Autowired
    IncidentRegistry incidents;

    @Test
    void theSeedArticlesGiveATimelineFromMarch2024ToJanuary2026AndStatistics() {
        seed.load();
        List<TimelineEntry> entries = timeline.entries(null, null, true, 1000).stream()
                .filter(e -> e.incident() != null ? e.incident().createdBy().equals("demo")
                        : e.figure() != null ? e.figure().createdBy().equals("demo") : e.measure().createdBy().equals("demo"))
                .toList();
        assertThat(entries).extracting(TimelineEntry::kind).contains("incident", "figure", "measure");
        LocalDate first = entries.get(entries.size() - 1).date();
        LocalDate last = entries.get(0).date();
        assertThat(first).isBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        assertThat(last).isBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertThat(entries.stream().filter(e -> e.incident() != null).count()).isEqualTo(11);

        Incident vyborgsky = incidents.findByImportKey("demo:seed-004-1").orElseThrow();
        assertThat(vyborgsky.count()).isEqualTo(new Count(64L, Qualifier.MORE_THAN, "people deported"));
        assertThat(incidents.file(vyborgsky.id()).orElseThrow().claims()).anySatisfy(c -> assertThat(c.span()).isNotNull());

        StatisticsReport report = statistics.report(new StatisticsQuery("2024-03", "2024-08", null, false));
        assertThat(report.total().reported().incidents()).isGreaterThanOrEqualTo(5);
        assertThat(report.byRegion()).extracting(StatRow::key).contains("RU-SPE", "RU-MOW", "RU-NVS");

        long before = incidents.count(IncidentFilter.all());
        seed.load();
        assertThat(incidents.count(IncidentFilter.all())).isEqualTo(before);
    }
}
