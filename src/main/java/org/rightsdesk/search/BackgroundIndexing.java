package org.rightsdesk.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
@ConditionalOnProperty(name = "rightsdesk.search.background-indexing", havingValue = "true", matchIfMissing = true)
class BackgroundIndexing {

    private static final Logger log = LoggerFactory.getLogger(BackgroundIndexing.class);

    private final SearchIndex index;

    BackgroundIndexing(SearchIndex index) {
        this.index = index;
    }

    @Scheduled(fixedDelayString = "${rightsdesk.search.drain-interval:PT2S}", initialDelayString = "PT1S")
    void drain() {
        try {
            index.drain();
        } catch (RuntimeException e) {
            log.warn("Search index not updated this round (will retry): {}", e.getMessage());
        }
    }
}
