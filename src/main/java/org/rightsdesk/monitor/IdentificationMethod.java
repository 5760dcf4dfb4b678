package org.rightsdesk.monitor;

/** How the people were singled out, when a source says so. */
public enum IdentificationMethod {
    METRO_FACE_RECOGNITION, DOCUMENT_CHECK_AT_WORK, DOCUMENT_CHECK_AT_HOME, DOCUMENT_CHECK_IN_STREET, BORDER_CONTROL, DATABASE_CHECK, MILITARY_REGISTRATION_CHECK, OTHER;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static IdentificationMethod fromCode(String code) {
        return Codes.parse(IdentificationMethod.class, code, "identification_method");
    }
}
