package org.rightsdesk.monitor;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks every record of the desk by id, page by page: what derived data (the search index) needs
 * to rebuild itself without loading a whole table at once.
 */
@Component
public class RecordIds {

    private final JdbcClient jdbc;

    RecordIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Source ids above {@code afterId}, ascending. */
    public List<Long> sourcesAfter(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM sources WHERE id > ? ORDER BY id LIMIT ?").params(afterId, limit).query(Long.class).list();
    }

    /** How many sources, incidents, figures and measures there are (for progress bars). */
    public long total() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM sources) + (SELECT COUNT(*) FROM incidents) + (SELECT COUNT(*) FROM figures) "
                + "+ (SELECT COUNT(*) FROM measures)").query(Long.class).single();
    }
}
