package org.rightsdesk.monitor;

/** How precisely the sources date an incident: a month-precise date runs from the first to the last day of the month. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static DatePrecision fromCode(String code) {
        return Codes.parse(DatePrecision.class, code, "date_precision");
    }
}
