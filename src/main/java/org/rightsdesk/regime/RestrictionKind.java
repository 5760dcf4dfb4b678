package org.rightsdesk.regime;

/** Restrictions a person can be under. */
public enum RestrictionKind {
    /** No change of address without permission; no leaving the region or municipality. */
    MOVEMENT,
    /** No buying or registering real estate or vehicles. */
    PROPERTY_AND_VEHICLES,
    /** No driving, driving exams or licences. */
    DRIVING,
    /** Banking blocked except mandatory payments, incoming money and limited cash. */
    BANKING,
    /** No marriage. */
    MARRIAGE,
    /** No company or sole-trader registration. */
    BUSINESS_REGISTRATION,
    /** Children refused school and kindergarten. */
    CHILDREN_EDUCATION,
    /** No entry into Russia. */
    ENTRY_BAN,
    /** No work on the patent. */
    WORK
}
