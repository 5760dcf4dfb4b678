package org.rightsdesk.monitor;

/** What kind of state measure: a federal law, a presidential or government decree, a regional act, an agency policy or practice, or an announced plan. */
public enum MeasureKind {
    LAW, DECREE, REGIONAL_ACT, POLICY, PLAN;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static MeasureKind fromCode(String code) {
        return Codes.parse(MeasureKind.class, code, "measure_kind");
    }
}
