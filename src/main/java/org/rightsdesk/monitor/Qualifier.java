package org.rightsdesk.monitor;

/** How exact a reported number is. "More than 64" is a lower bound and is never treated as exactly 64. */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static Qualifier fromCode(String code) {
        return Codes.parse(Qualifier.class, code, "qualifier");
    }
}
