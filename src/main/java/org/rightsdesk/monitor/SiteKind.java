package org.rightsdesk.monitor;

/** Where an incident happened, as a kind of place (not an address). */
public enum SiteKind {
    METRO, MARKET, MOSQUE, CONSTRUCTION, WAREHOUSE, DORMITORY, AIRPORT, FACTORY, STREET, COURT, OTHER;

    /** Lower-case code, as stored and as written in import files. */
    public String code() {
        return Codes.code(this);
    }

    public static SiteKind fromCode(String code) {
        return Codes.parse(SiteKind.class, code, "site_kind");
    }
}
