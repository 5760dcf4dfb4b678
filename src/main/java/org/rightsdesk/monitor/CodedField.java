package org.rightsdesk.monitor;

/** Which coded value of an incident a source span supports. */
public enum CodedField {
    TYPE, DATE, PLACE, COUNT, AGENCY, IDENTIFICATION, OUTCOME;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static CodedField fromCode(String code) {
        return Codes.parse(CodedField.class, code, "coded_field");
    }
}
