package org.rightsdesk.web.cases;

import org.rightsdesk.cases.CalendarFeeds;
import org.rightsdesk.vault.VaultSealedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a user's iCalendar feed at its secret URL. Calendar apps cannot sign in, so the token
 * is the key; an unknown or revoked token gets a plain 404, a sealed vault a 503 (calendar apps
 * retry), and the feed is never cached by proxies.
 */
@RestController
class FeedController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    FeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        try {
            return feeds.render(token)
                    .map(ics -> ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.CACHE_CONTROL, "no-store").body(ics))
                    .orElseGet(() -> ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN).body("Unknown or revoked feed\n"));
        } catch (VaultSealedException sealed) {
            return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "600").contentType(MediaType.TEXT_PLAIN)
                    .body("The server is sealed; try again later\n");
        }
    }
}
