package org.rightsdesk.monitor;

import java.util.List;

/** An incident on file that may be the one being coded, with the reasons it matches. */
public record DuplicateCandidate(Incident incident, List<MatchReason> reasons) {
}
