package org.rightsdesk.monitor;

/** How well an incident is established: one source, several independent sources (not reposts of one story, not one publisher twice), or checked by the organisation itself. */
public enum Verification {
    SINGLE_SOURCE, CORROBORATED, VERIFIED;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static Verification fromCode(String code) {
        return Codes.parse(Verification.class, code, "verification");
    }
}
