package org.rightsdesk.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Articles and drafts written for the tests (our own words, nothing from the corpus). */
final class MonitorFixtures {

    private MonitorFixtures() {
    }

    static final String RAID_TEXT = "Police and Rosgvardia officers checked documents at a vegetable market on Monday, "
            + "28 April 2025. More than 60 people were taken to the police station, the outlet writes. ";

    static Source file(SourceCatalog sources, String publisher, String text) {
        String unique = text + " Ref " + UUID.randomUUID();
        return sources.file(new NewSource("https://example.test/" + UUID.randomUUID(), publisher, "Market check " + publisher,
                LocalDate.of(2025, 4, 29), "en", unique, "fixture.txt", "UTF-8"), "tester").source();
    }

    /** A raid in a unique (invented) locality so tests do not see each other's incidents as duplicates. */
    static IncidentDraft raid(String region, String locality, Long sourceId, Count count, List<Evidence> evidence) {
        return new IncidentDraft(IncidentType.RAID, Period.day(LocalDate.of(2025, 4, 28)), new Place(region, locality, SiteKind.MARKET),
                count, Set.of(Agency.POLICE, Agency.ROSGVARDIA), IdentificationMethod.DOCUMENT_CHECK_AT_WORK,
                List.of(new OutcomeCount(Outcome.FINED, null)), "Document check at a market.", sourceId, evidence);
    }

    static String uniqueLocality() {
        return "Testville-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
