package org.rightsdesk.regime;

/** Who has to act on an obligation. */
public enum Party {
    /** The foreign national (or, for a child, the parent). */
    PERSON,
    /** The host party: landlord, employer, hotel. */
    HOST,
    /** A school. */
    SCHOOL,
    /** The state: a court, MVD, the bailiffs (e.g. detention limits, R-076). */
    AUTHORITY
}
