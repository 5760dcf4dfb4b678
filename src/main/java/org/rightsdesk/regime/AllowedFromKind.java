package org.rightsdesk.regime;

/** What becomes allowed on an {@link AllowedFrom} date. */
public enum AllowedFromKind {
    /** Entering Russia again, after an entry ban. */
    ENTRY_AFTER_BAN,
    /** Entering visa-free again after this year's 90 days are used. */
    VISA_FREE_ENTRY,
    /** Re-sitting the school Russian test. */
    SCHOOL_RETEST
}
