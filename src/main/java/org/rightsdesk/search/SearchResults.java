package org.rightsdesk.search;

import java.util.List;

/** The hits for a query, best first, and how many matched in all. */
public record SearchResults(String query, long total, List<SearchHit> hits) {

    public static SearchResults none(String query) {
        return new SearchResults(query, 0, List.of());
    }
}
