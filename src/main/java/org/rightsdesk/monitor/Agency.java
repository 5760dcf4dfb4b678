package org.rightsdesk.monitor;

/** Who acted: the perpetrator agencies a source names. */
public enum Agency {
    POLICE, ROSGVARDIA, FSB, INVESTIGATIVE_COMMITTEE, MIGRATION_SERVICE, ENLISTMENT_OFFICE, COURT, BORDER_SERVICE, PROSECUTOR, OTHER;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static Agency fromCode(String code) {
        return Codes.parse(Agency.class, code, "agency");
    }
}
