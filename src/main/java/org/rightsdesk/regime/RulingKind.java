package org.rightsdesk.regime;

/** Who removes the person and how. */
public enum RulingKind {
    /** A judge's ruling imposing administrative expulsion (KoAP). */
    COURT_EXPULSION,
    /** Administrative expulsion ordered by an MVD official (possible since 2025-02-05, R-067). */
    POLICE_EXPULSION,
    /** An MVD decision on deportation (not a KoAP penalty). */
    DEPORTATION
}
