package org.rightsdesk.monitor;

import java.util.List;

/**
 * Why two incidents may be the same: {@code code} names the reason (sameType, datesOverlap,
 * sameRegion, sameLocality, sameSite, countsCompatible, sharedSource, sameStory) and {@code args}
 * fill in the message {@code monitor.match.<code>}.
 */
public record MatchReason(String code, List<String> args) {

    public MatchReason(String code, String... args) {
        this(code, List.of(args));
    }

    /** Plain English, as recorded with the decision. */
    public String describe() {
        return args.isEmpty() ? code : code + " (" + String.join(" / ", args) + ")";
    }
}
