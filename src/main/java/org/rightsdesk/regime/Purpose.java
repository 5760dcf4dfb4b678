package org.rightsdesk.regime;

/**
 * The purpose of a trip as stated on the migration card. It decides the fingerprinting and
 * medical windows (30 days for work, 90 for other long stays) and whether a
 * patent is needed.
 */
public enum Purpose {
    WORK, STUDY, PRIVATE, TOURISM, BUSINESS, OTHER
}
