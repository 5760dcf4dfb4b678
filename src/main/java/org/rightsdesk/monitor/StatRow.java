package org.rightsdesk.monitor;

import java.util.Set;

/**
 * One line of a statistics table: the key (a month, type code, region code, site kind or agency;
 * "-" for not known), what was reported, how many of those are corroborated by independent sources,
 * and what the organisation has verified. In public output, {@code suppressed} names the cells
 * withheld as too small (incidents, corroborated, verified, people, verifiedPeople); their numbers are zero.
 */
public record StatRow(String key, Tally reported, long corroborated, Tally verified, Set<String> suppressed) {

    public static final String INCIDENTS = "incidents";
    public static final String CORROBORATED = "corroborated";
    public static final String VERIFIED = "verified";
    public static final String PEOPLE = "people";
    public static final String VERIFIED_PEOPLE = "verifiedPeople";

    public StatRow {
        suppressed = Set.copyOf(suppressed);
    }

    public boolean hidden(String column) {
        return suppressed.contains(column);
    }

    StatRow plus(StatRow o) {
        return new StatRow(key, reported.plus(o.reported), corroborated + o.corroborated, verified.plus(o.verified), Set.of());
    }
}
