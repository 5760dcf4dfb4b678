package org.rightsdesk.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window rate limits kept in the database (so every server of one database counts
 * together): at most N uses of a key per window. For checks whose answer itself is worth
 * guessing at, such as the intake duplicate check.
 */
@Service
public class RateLimits {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one use of {@code key}; false when the key already had {@code limit} uses in the
     * current window. Joins the caller's transaction (a new one on SQLite would wait for the
     * caller's own write lock), so a use counts when the caller's work commits.
     */
    @Transactional
    public boolean tryAcquire(String key, int limit, Duration window) {
        Instant now = clock.instant();
        String hashed = "rate:" + Digests.sha256Hex(key);
        int hits = jdbc.sql("""
                        INSERT INTO rate_limits (limit_key, window_start, hits) VALUES (?, ?, 1)
                        ON CONFLICT (limit_key) DO UPDATE SET
                          hits = CASE WHEN rate_limits.window_start < ? THEN 1 ELSE rate_limits.hits + 1 END,
                          window_start = CASE WHEN rate_limits.window_start < ? THEN excluded.window_start ELSE rate_limits.window_start END
                        RETURNING hits""")
                .params(hashed, Timestamp.from(now), Timestamp.from(now.minus(window)), Timestamp.from(now.minus(window)))
                .query(Integer.class).single();
        return hits <= limit;
    }
}
