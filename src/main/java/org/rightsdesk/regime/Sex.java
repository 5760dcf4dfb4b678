package org.rightsdesk.regime;

/** Sex as recorded in the person's documents; only the military-registration rule reads it. */
public enum Sex {
    MALE, FEMALE
}
