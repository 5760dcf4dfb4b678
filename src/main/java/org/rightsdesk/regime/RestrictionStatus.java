package org.rightsdesk.regime;

/** How certain it is that a restriction binds the person on the evaluation day. */
public enum RestrictionStatus {
    /** In force: the facts show it (e.g. a register check found the person listed). */
    IN_FORCE,
    /** A ground exists and the state applies it automatically, but the facts do not confirm it (e.g. no register check). */
    LIKELY,
    /** Will apply from a later date (e.g. an entry ban running from departure). */
    PENDING
}
