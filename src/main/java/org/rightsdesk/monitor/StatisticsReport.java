package org.rightsdesk.monitor;

import java.util.List;
import java.util.Map;

/**
 * Counts of de-duplicated incidents for one {@link StatisticsQuery}: over time, by type, region,
 * site kind and agency, each with the people affected by qualifier. An incident with two agencies
 * appears under both, so the agency table does not add up to the total; every other table does.
 *
 * @param monthByType          reported incidents per month and type (empty in public output)
 * @param suppressionThreshold for public output, the smallest count shown; null when nothing is withheld
 */
public record StatisticsReport(StatisticsQuery query, StatRow total, List<StatRow> byMonth,
                               Map<String, Map<IncidentType, Long>> monthByType, List<StatRow> byType,
                               List<StatRow> byRegion, List<StatRow> bySite, List<StatRow> byAgency,
                               Integer suppressionThreshold) {

    public boolean empty() {
        return total.reported().incidents() == 0;
    }

    public boolean suppressed() {
        return suppressionThreshold != null;
    }
}
