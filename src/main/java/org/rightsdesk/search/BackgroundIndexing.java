package org.rightsdesk.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the index current in a running server: drains the outbox every couple of seconds
 * ({@code rightsdesk.search.drain-interval}). Command-line tools do not run it (they would fight a
 * running server for the index); tests switch it off with {@code rightsdesk.search.background-indexing=false}
 * and drain by hand. A failed round is logged and retried on the next tick: nothing is lost.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
class BackgroundIndexing {

    private static final Logger log = LoggerFactory.getLogger(BackgroundIndexing.class);

    private final SearchIndex index;
    // Read at run time rather than as a bean condition: the server's context may be prepared ahead
    // of time at build time (spring.aot.enabled), when conditions are already decided.
    private final boolean enabled;

    BackgroundIndexing(SearchIndex index, @Value("${rightsdesk.search.background-indexing:true}") boolean enabled) {
        this.index = index;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${rightsdesk.search.drain-interval:PT2S}", initialDelayString = "PT1S")
    void drain() {
        if (!enabled) {
            return;
        }
        try {
            index.drain();
        } catch (RuntimeException e) {
            log.warn("Search index not updated this round (will retry): {}", e.getMessage());
        }
    }
}
