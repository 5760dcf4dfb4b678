package org.rightsdesk.monitor;

/** What happened, as in the corpus annotation conventions (see DESIGN.md §4). People detained in a raid are counted in the raid, not as a separate detention. */
public enum IncidentType {
    RAID, DETENTION, DEPORTATION, EXPULSION_RULING, REGISTRY_INCLUSION, ENLISTMENT_COERCION, CITIZENSHIP_REVOCATION, ENTRY_REFUSAL, SCHOOL_REFUSAL, VIOLENCE, OTHER;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static IncidentType fromCode(String code) {
        return Codes.parse(IncidentType.class, code, "incident_type");
    }
}
