package org.rightsdesk.monitor;

import java.time.LocalDate;

/** What a coder submits for a measure; {@code ruleIds} as typed ("R-050, R-056"). */
public record NewMeasure(MeasureKind kind, String title, String description, LocalDate effectiveOn, String regionCode,
                         String ruleIds, Long sourceId, String quote) {
}
