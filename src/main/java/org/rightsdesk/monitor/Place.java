package org.rightsdesk.monitor;

/**
 * Where an incident happened: a federal subject (ISO 3166-2 code from the gazetteer), a locality
 * (town, district, named site; free text, matched to the gazetteer where possible) and a site kind.
 * Any part may be unknown (null).
 */
public record Place(String regionCode, String locality, SiteKind siteKind) {

    public Place {
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        locality = locality == null || locality.isBlank() ? null : locality.strip();
    }

    public static Place unknown() {
        return new Place(null, null, null);
    }
}
