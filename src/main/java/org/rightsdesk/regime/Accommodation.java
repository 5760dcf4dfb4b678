package org.rightsdesk.regime;

/** Where a person stays: a flat or house (host files within 7 working days, R-020) or a hotel-like place. */
public enum Accommodation {
    DWELLING, HOTEL
}
