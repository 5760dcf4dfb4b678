package org.rightsdesk.regime;

/** Where an obligation stands on the evaluation day. */
public enum ObligationStatus {
    /** Not done yet, and the deadline has not passed (or it has no date). */
    OPEN,
    /** Done in time, as far as the facts show. */
    DONE,
    /** The deadline passed and nothing in the facts shows it was done in time. */
    MISSED
}
