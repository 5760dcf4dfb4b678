package org.rightsdesk.monitor;

/** Which incidents a list shows; null parts do not filter. Merged incidents are never listed. */
public record IncidentFilter(IncidentType type, String regionCode, Verification verification, Boolean published) {

    public static IncidentFilter all() {
        return new IncidentFilter(null, null, null, null);
    }
}
