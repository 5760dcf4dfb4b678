package org.rightsdesk.monitor;

import java.time.Instant;

/** A coder's recorded answer to "is this the same incident?": {@code merged} or {@code kept_apart}. */
public record DuplicateDecision(long id, long incidentId, long otherIncidentId, String decision, String reasons,
                                String decidedBy, Instant decidedAt) {

    public static final String MERGED = "merged";
    public static final String KEPT_APART = "kept_apart";
}
