package org.rightsdesk.web.search;

import java.util.List;

import org.rightsdesk.search.SearchHit;
import org.rightsdesk.search.SearchIndex;
import org.rightsdesk.search.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search over the monitor desk for signed-in staff. The query is a GET parameter: it searches
 * public material (news, coded facts), never personal data, so it may appear in a URL.
 */
@Controller
class SearchController {

    static final List<String> KINDS = List.of("source", "incident", "figure", "measure");
    static final int LIMIT = 30;

    private final SearchIndex index;

    SearchController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind, Model model) {
        String k = kind != null && KINDS.contains(kind) ? kind : null;
        SearchResults results = q == null || q.isBlank() ? SearchResults.none(q) : index.search(q, k, false, LIMIT);
        model.addAttribute("q", q);
        model.addAttribute("kind", k);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("results", results);
        model.addAttribute("hits", results.hits().stream().map(h -> new HitView(h, link(h))).toList());
        return "search/results";
    }

    /** A hit with the page it links to. */
    record HitView(SearchHit hit, String link) {
    }

    /** Where a hit links to. */
    static String link(SearchHit hit) {
        return switch (hit.kind()) {
            case "incident" -> "/monitor/incidents/" + hit.id();
            case "figure" -> "/monitor/figures#figure-" + hit.id();
            case "measure" -> "/monitor/measures";
            default -> "/monitor/incidents/new?source=" + hit.id();
        };
    }
}
