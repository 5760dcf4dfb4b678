package org.rightsdesk.monitor;

import java.util.List;

/** An incident with everything that backs it: sources, claims, duplicate decisions, incidents merged into it. */
public record IncidentFile(Incident incident, List<Source> sources, List<Claim> claims, List<DuplicateDecision> decisions,
                           List<Long> absorbed) {
}
