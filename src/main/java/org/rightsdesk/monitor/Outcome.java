package org.rightsdesk.monitor;

/** What happened to the people afterwards. */
public enum Outcome {
    RELEASED, FINED, EXPELLED, DEPORTED, PLACED_IN_SPECIAL_INSTITUTION, OFFERED_MILITARY_CONTRACT, SENT_TO_MILITARY_UNIT, DRAFT_SUMMONS, CRIMINAL_CASE, ENTRY_BAN, OTHER;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static Outcome fromCode(String code) {
        return Codes.parse(Outcome.class, code, "outcome");
    }
}
