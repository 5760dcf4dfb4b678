package org.rightsdesk.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.rightsdesk.accounts.AuditLog;
import org.rightsdesk.storage.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures on file: laws, decrees, regional acts, policies and plans, each with its effective
 * date when known, the regime rule ids that encode it, and the source span that reports it.
 */
@Service
public class Measures {

    /** Outbox entity type for measures. */
    public static final String ENTITY = "measure";

    private static final Pattern RULE_ID = Pattern.compile("R-\\d{3}");
    private static final String COLUMNS = "id, kind, title, description, effective_on, region_code, rule_ids, source_id, span_start, "
            + "span_end, quote, reported_on, published, created_at, created_by, updated_at, updated_by";

    private final JdbcClient jdbc;
    private final SourceCatalog sources;
    private final Gazetteer gazetteer;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    Measures(JdbcClient jdbc, SourceCatalog sources, Gazetteer gazetteer, Outbox outbox, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.gazetteer = gazetteer;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Measure record(NewMeasure m, boolean published, String by) {
        Checked c = check(m);
        String region = c.region();
        List<String> rules = c.rules();
        Source source = c.source();
        Span span = c.span();
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO measures (kind, title, description, effective_on, region_code, rule_ids, source_id, span_start, span_end, "
                        + "quote, reported_on, published, created_at, created_by, updated_at, updated_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.kind().code(), m.title().strip(), m.description() == null ? "" : m.description().strip(),
                        m.effectiveOn() == null ? null : m.effectiveOn().toString(), region, String.join(" ", rules), m.sourceId(),
                        span == null ? null : span.start(), span == null ? null : span.end(), span == null ? null : span.quote(),
                        source == null || source.publishedOn() == null ? null : source.publishedOn().toString(), published,
                        Timestamp.from(now), by, Timestamp.from(now), by)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        outbox.enqueue(ENTITY, id);
        audit.record(by, "monitor.measure.recorded", ENTITY, String.valueOf(id));
        return find(id).orElseThrow();
    }

    /** Corrects a recorded measure with the same checks as recording; the publication flag is kept. */
    @Transactional
    public Measure correct(long id, NewMeasure m, String by) {
        Checked c = check(m);
        Span span = c.span();
        int n = jdbc.sql("UPDATE measures SET kind = ?, title = ?, description = ?, effective_on = ?, region_code = ?, rule_ids = ?, "
                        + "source_id = ?, span_start = ?, span_end = ?, quote = ?, reported_on = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(m.kind().code(), m.title().strip(), m.description() == null ? "" : m.description().strip(),
                        m.effectiveOn() == null ? null : m.effectiveOn().toString(), c.region(), String.join(" ", c.rules()), m.sourceId(),
                        span == null ? null : span.start(), span == null ? null : span.end(), span == null ? null : span.quote(),
                        c.source() == null || c.source().publishedOn() == null ? null : c.source().publishedOn().toString(),
                        Timestamp.from(clock.instant()), by, id)
                .update();
        return changed(id, n, "monitor.measure.corrected", by);
    }

    /** What recording and correcting both check: kind and title given, a known region, known rule ids, a quote found in its source. */
    private record Checked(String region, List<String> rules, Source source, Span span) {
    }

    private Checked check(NewMeasure m) {
        if (m.kind() == null) {
            throw new MonitorProblem("measure.kind", "kind: law, decree, regional_act, policy or plan");
        }
        if (m.title() == null || m.title().isBlank()) {
            throw new MonitorProblem("measure.title", "title: name the measure");
        }
        String region = m.regionCode() == null || m.regionCode().isBlank() ? null
                : gazetteer.findRegion(m.regionCode()).map(Gazetteer.Region::code).orElseThrow(() -> new MonitorProblem(
                "region.unknown", "region: '" + m.regionCode() + "' is not a region code or name in the gazetteer", m.regionCode()));
        List<String> rules = ruleIds(m.ruleIds());
        Source source = SourceRefs.source(sources, m.sourceId());
        return new Checked(region, rules, source, SourceRefs.span(source, m.quote()));
    }

    @Transactional
    public Measure setPublished(long id, boolean published, String by) {
        int n = jdbc.sql("UPDATE measures SET published = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(published, Timestamp.from(clock.instant()), by, id).update();
        return changed(id, n, published ? "monitor.measure.published" : "monitor.measure.withdrawn", by);
    }

    /** After an UPDATE of {@code n} rows: refuses an unknown id, queues the re-index, audits {@code action}. */
    private Measure changed(long id, int n, String action, String by) {
        if (n == 0) {
            throw new MonitorProblem("measure.unknown", "no measure with id " + id, id);
        }
        outbox.enqueue(ENTITY, id);
        audit.record(by, action, ENTITY, String.valueOf(id));
        return find(id).orElseThrow();
    }

    public Optional<Measure> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM measures WHERE id = ?").param(id).query(Measures::measure).optional();
    }

    public List<Measure> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM measures WHERE id IN (:ids) ORDER BY id").param("ids", ids)
                .query(Measures::measure).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM measures").query(Long.class).single();
    }

    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM measures WHERE id > ? ORDER BY id LIMIT ?").params(afterId, limit).query(Long.class).list();
    }

    /** Newest first, by effective date or else reported date. */
    public List<Measure> list(boolean publishedOnly, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM measures" + (publishedOnly ? " WHERE published = TRUE" : "")
                        + " ORDER BY COALESCE(effective_on, reported_on) DESC, id DESC LIMIT ?")
                .param(limit).query(Measures::measure).list();
    }

    public List<Measure> ofSource(long sourceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM measures WHERE source_id = ? ORDER BY id").param(sourceId).query(Measures::measure).list();
    }

    /** Reads "R-050, R-056 r-059" as; anything else is refused by name. */
    static List<String> ruleIds(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<String> ids = Arrays.stream(typed.split("[\\s,;]+")).filter(s -> !s.isBlank()).map(s -> s.strip().toUpperCase(java.util.Locale.ROOT))
                .distinct().toList();
        for (String id : ids) {
            if (!RULE_ID.matcher(id).matches()) {
                throw new MonitorProblem("measure.rule", "rule_ids: '" + id + "' is not a regime rule id like R-050", id);
            }
        }
        return ids;
    }

    private static Measure measure(ResultSet rs, int n) throws SQLException {
        long src = rs.getLong("source_id");
        Long sourceId = rs.wasNull() ? null : src;
        String rules = rs.getString("rule_ids");
        return new Measure(rs.getLong("id"), MeasureKind.fromCode(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                IncidentRepository.date(rs.getString("effective_on")), rs.getString("region_code"),
                rules == null || rules.isBlank() ? List.of() : List.of(rules.split(" ")), sourceId, SourceRefs.span(rs),
                IncidentRepository.date(rs.getString("reported_on")), rs.getBoolean("published"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
