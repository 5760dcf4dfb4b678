package org.rightsdesk;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Rightsdesk application: one Spring Boot context holding the feature modules
 * ({@code accounts}, {@code vault}, {@code regime}, {@code cases}, {@code monitor}, {@code ingest},
 * {@code search}) and their thin shells ({@code web}, {@code cli}). The jar's entry point is
 * {@code cli.Launcher}, which decides whether a context is started at all.
 */
@SpringBootApplication
public class RightsdeskApplication {

    /** The one clock everything reads, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
