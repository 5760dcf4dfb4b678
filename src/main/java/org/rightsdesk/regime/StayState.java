package org.rightsdesk.regime;

/** The person's status on the evaluation day. */
public enum StayState {
    LAWFUL, UNLAWFUL, NOT_IN_RUSSIA, RUSSIAN_CITIZEN, UNDETERMINED
}
