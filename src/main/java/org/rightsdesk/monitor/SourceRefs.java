package org.rightsdesk.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Shared handling of "this record cites that source, here": lookup, quote location, reading the span columns. */
final class SourceRefs {

    private SourceRefs() {
    }

    static Source source(SourceCatalog sources, Long id) {
        if (id == null) {
            return null;
        }
        return sources.find(id).orElseThrow(() -> new MonitorProblem("source.unknown", "source: no source with id " + id, id));
    }

    /** The quote located in the source; null when there is no quote; a problem when it is not there. */
    static Span span(Source source, String quote) {
        if (quote == null || quote.isBlank()) {
            return null;
        }
        if (source == null) {
            throw new MonitorProblem("evidence.noSource", "quotes need the source they come from");
        }
        return Spans.locate(source.mainText(), quote).orElseThrow(() -> new MonitorProblem("evidence.notFound",
                "quote: not in the text of source " + source.id(), "quote", source.id()));
    }

    static Span span(ResultSet rs) throws SQLException {
        int start = rs.getInt("span_start");
        return rs.wasNull() ? null : new Span(start, rs.getInt("span_end"), rs.getString("quote"));
    }
}
