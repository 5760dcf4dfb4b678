package org.rightsdesk.cases;

import java.util.List;

import org.rightsdesk.regime.Assessment;

/**
 * What the regime rules say about a client on a day, or why they cannot say it yet:
 * {@code problems} names the missing or inconsistent facts (field and problem, no values)
 * when {@code assessment} is null.
 */
public record RegimeAssessment(Assessment assessment, List<String> problems) {
}
