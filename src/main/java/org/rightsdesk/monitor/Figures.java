package org.rightsdesk.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.storage.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures on file: recording them with their source span, publishing, and grouping them into
 * series (same normalised "what": "Foreign nationals living in Russia" and "foreign nationals
 * living in Russia." are one series). Changes go to the outbox and the audit log in the same transaction.
 */
@Service
public class Figures {

    /** Outbox entity type for figures. */
    public static final String ENTITY = "figure";

    /** Figures of one "what", oldest as-of first. */
    public record Series(String key, String what, List<Figure> figures) {
        /** Figures that have an as-of date, so they can be drawn on a time axis. */
        public List<Figure> dated() {
            return figures.stream().filter(f -> f.asOf() != null).toList();
        }
    }

    private static final String COLUMNS = "id, quantity, qualifier, what, series_key, as_of, as_of_from, as_of_to, attributed_to, "
            + "source_id, span_start, span_end, quote, reported_on, published, created_at, created_by, updated_at, updated_by";

    private final JdbcClient jdbc;
    private final SourceCatalog sources;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    Figures(JdbcClient jdbc, SourceCatalog sources, Outbox outbox, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Figure record(NewFigure f, boolean published, String by) {
        Checked c = check(f);
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO figures (quantity, qualifier, what, series_key, as_of, as_of_from, as_of_to, attributed_to, source_id, "
                        + "span_start, span_end, quote, reported_on, published, created_at, created_by, updated_at, updated_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.quantity(), f.qualifier().code(), f.what().strip(), seriesKey(f.what()), c.asOf == null ? null : c.asOf.label(),
                        c.asOf == null ? null : c.asOf.from().toString(), c.asOf == null ? null : c.asOf.to().toString(),
                        f.attributedTo().strip(), f.sourceId(), c.span == null ? null : c.span.start(), c.span == null ? null : c.span.end(),
                        c.span == null ? null : c.span.quote(), c.reportedOn == null ? null : c.reportedOn.toString(), published,
                        Timestamp.from(now), by, Timestamp.from(now), by)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        outbox.enqueue(ENTITY, id);
        audit.record(by, "monitor.figure.recorded", ENTITY, String.valueOf(id));
        return find(id).orElseThrow();
    }

    /**
     * Corrects a recorded figure (a mistyped number, a "what" that should join another series, a
     * better quote): the same checks as recording; the publication flag is kept.
     */
    @Transactional
    public Figure correct(long id, NewFigure f, String by) {
        Checked c = check(f);
        int n = jdbc.sql("UPDATE figures SET quantity = ?, qualifier = ?, what = ?, series_key = ?, as_of = ?, as_of_from = ?, as_of_to = ?, "
                        + "attributed_to = ?, source_id = ?, span_start = ?, span_end = ?, quote = ?, reported_on = ?, updated_at = ?, "
                        + "updated_by = ? WHERE id = ?")
                .params(f.quantity(), f.qualifier().code(), f.what().strip(), seriesKey(f.what()), c.asOf == null ? null : c.asOf.label(),
                        c.asOf == null ? null : c.asOf.from().toString(), c.asOf == null ? null : c.asOf.to().toString(),
                        f.attributedTo().strip(), f.sourceId(), c.span == null ? null : c.span.start(), c.span == null ? null : c.span.end(),
                        c.span == null ? null : c.span.quote(), c.reportedOn == null ? null : c.reportedOn.toString(),
                        Timestamp.from(clock.instant()), by, id)
                .update();
        return changed(id, n, "monitor.figure.corrected", by);
    }

    @Transactional
    public Figure setPublished(long id, boolean published, String by) {
        int n = jdbc.sql("UPDATE figures SET published = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(published, Timestamp.from(clock.instant()), by, id).update();
        return changed(id, n, published ? "monitor.figure.published" : "monitor.figure.withdrawn", by);
    }

    /** After an UPDATE of {@code n} rows: refuses an unknown id, queues the re-index, audits {@code action}. */
    private Figure changed(long id, int n, String action, String by) {
        if (n == 0) {
            throw new MonitorProblem("figure.unknown", "no figure with id " + id, id);
        }
        outbox.enqueue(ENTITY, id);
        audit.record(by, action, ENTITY, String.valueOf(id));
        return find(id).orElseThrow();
    }

    public Optional<Figure> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM figures WHERE id = ?").param(id).query(Figures::figure).optional();
    }

    public List<Figure> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM figures WHERE id IN (:ids) ORDER BY id").param("ids", ids)
                .query(Figures::figure).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM figures").query(Long.class).single();
    }

    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM figures WHERE id > ? ORDER BY id LIMIT ?").params(afterId, limit).query(Long.class).list();
    }

    /** Newest reported first. */
    public List<Figure> list(boolean publishedOnly, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM figures" + (publishedOnly ? " WHERE published = TRUE" : "")
                        + " ORDER BY reported_on DESC, id DESC LIMIT ?")
                .param(limit).query(Figures::figure).list();
    }

    public List<Figure> ofSource(long sourceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM figures WHERE source_id = ? ORDER BY id").param(sourceId).query(Figures::figure).list();
    }

    /** All series, largest first; within a series, oldest as-of first (undated last). */
    public List<Series> series(boolean publishedOnly) {
        Map<String, List<Figure>> byKey = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM figures" + (publishedOnly ? " WHERE published = TRUE" : "") + " ORDER BY series_key, id")
                .query(Figures::figure).list()
                .forEach(f -> byKey.computeIfAbsent(f.seriesKey(), k -> new ArrayList<>()).add(f));
        List<Series> out = new ArrayList<>();
        byKey.forEach((key, figures) -> {
            figures.sort(Comparator.comparing((Figure f) -> f.asOf() == null ? LocalDate.MAX : f.asOf().to()));
            out.add(new Series(key, figures.get(figures.size() - 1).what(), List.copyOf(figures)));
        });
        out.sort(Comparator.comparingInt((Series s) -> s.figures().size()).reversed().thenComparing(Series::key));
        return out;
    }

    /** "Foreign nationals living in Russia." and "foreign  nationals living in Russia" are one series. */
    public static String seriesKey(String what) {
        return Spans.normalise(what).replaceAll("[\\p{Punct}«»“”„]+$", "").strip();
    }

    private record Checked(AsOf asOf, Span span, LocalDate reportedOn) {
    }

    private Checked check(NewFigure f) {
        if (f.what() == null || f.what().isBlank()) {
            throw new MonitorProblem("figure.what", "what: say what the figure counts");
        }
        if (f.attributedTo() == null || f.attributedTo().isBlank()) {
            throw new MonitorProblem("figure.attribution", "attributed_to: say who states the figure");
        }
        if (f.qualifier() == null) {
            throw new MonitorProblem("figure.qualifier", "qualifier: exact, at_least, more_than, about or up_to");
        }
        if (Double.isNaN(f.quantity()) || Double.isInfinite(f.quantity())) {
            throw new MonitorProblem("figure.quantity", "quantity: not a number");
        }
        AsOf asOf = AsOf.parse(f.asOf());
        Source source = SourceRefs.source(sources, f.sourceId());
        Span span = SourceRefs.span(source, f.quote());
        return new Checked(asOf, span, source == null ? null : source.publishedOn());
    }

    private static Figure figure(ResultSet rs, int n) throws SQLException {
        String asOf = rs.getString("as_of");
        long src = rs.getLong("source_id");
        Long sourceId = rs.wasNull() ? null : src;
        return new Figure(rs.getLong("id"), rs.getDouble("quantity"), Qualifier.fromCode(rs.getString("qualifier")),
                rs.getString("what"), rs.getString("series_key"),
                asOf == null ? null : new AsOf(asOf, IncidentRepository.date(rs.getString("as_of_from")),
                        IncidentRepository.date(rs.getString("as_of_to"))),
                rs.getString("attributed_to"), sourceId, SourceRefs.span(rs), IncidentRepository.date(rs.getString("reported_on")),
                rs.getBoolean("published"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
