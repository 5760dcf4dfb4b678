package org.rightsdesk.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for incidents and what hangs off them (agencies, outcomes, sources, claims, duplicate
 * decisions). Plain statements both engines run; dates travel as ISO strings. No business rules
 * here: {@link IncidentRegistry} decides, this reads and writes.
 */
@Repository
class IncidentRepository {

    static final String COLUMNS = "id, type, date_from, date_to, date_precision, reported_on, region_code, locality, "
            + "site_kind, count_value, count_qualifier, count_unit, identification, description, verified, verification, "
            + "published, merged_into, import_key, created_at, created_by, updated_at, updated_by";

    private static final String INSERT = "INSERT INTO incidents (type, date_from, date_to, date_precision, month, region_code, locality, "
            + "site_kind, count_value, count_qualifier, count_unit, identification, description, verified, verification, published, "
            + "import_key, reported_on, created_at, created_by, updated_at, updated_by) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CLAIM = "INSERT INTO incident_claims (incident_id, source_id, field, value_text, count_value, "
            + "count_qualifier, span_start, span_end, quote, counted, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    IncidentRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** A new incident for {@link #insertAll}: keyed, with its derived values already known. */
    record NewRow(String key, IncidentDraft draft, boolean verified, Verification verification, boolean published, LocalDate reportedOn) {
    }

    /** Inserts many incidents (with agencies and outcomes) in batches; returns their ids by import key. */
    Map<String, Long> insertAll(List<NewRow> rows, Instant now, String by) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> params = rows.stream().map(r -> insertParams(r, at, by)).toList();
        for (int from = 0; from < params.size(); from += CHUNK) {
            batches.batchUpdate(INSERT, params.subList(from, Math.min(params.size(), from + CHUNK)));
        }
        Map<String, Long> ids = new HashMap<>();
        List<String> keys = rows.stream().map(NewRow::key).toList();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            jdbc.sql("SELECT id, import_key FROM incidents WHERE import_key IN (:keys)")
                    .param("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
                    .query(rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    });
        }
        List<Object[]> agencies = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        for (NewRow r : rows) {
            long id = ids.get(r.key());
            r.draft().agencies().forEach(a -> agencies.add(new Object[] {id, a.code()}));
            r.draft().outcomes().stream().map(OutcomeCount::outcome).distinct()
                    .forEach(o -> outcomes.add(new Object[] {id, o.code()}));
        }
        batches.batchUpdate("INSERT INTO incident_agencies (incident_id, agency) VALUES (?, ?)", agencies);
        batches.batchUpdate("INSERT INTO incident_outcomes (incident_id, outcome) VALUES (?, ?)", outcomes);
        return ids;
    }

    /** Cites sources: rows of [incident id, source id]; already cited pairs are skipped. */
    void addSources(List<long[]> pairs, Instant now, String by) {
        Timestamp at = Timestamp.from(now);
        batches.batchUpdate("INSERT INTO incident_sources (incident_id, source_id, added_at, added_by) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (incident_id, source_id) DO NOTHING", pairs.stream().map(p -> new Object[] {p[0], p[1], at, by}).toList());
    }

    /** Inserts one incident with its agencies and outcomes; returns its id. */
    long insert(NewRow row, Instant now, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(insertParams(row, Timestamp.from(now), by)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceAgencies(id, row.draft().agencies());
        replaceOutcomes(id, row.draft().outcomes());
        return id;
    }

    private static Object[] insertParams(NewRow r, Timestamp at, String by) {
        IncidentDraft d = r.draft();
        Period p = d.period();
        return new Object[] {d.type().code(), p == null ? null : p.from().toString(), p == null ? null : p.to().toString(),
                p == null ? null : p.precision().code(), p == null ? "" : p.month(), d.place().regionCode(), d.place().locality(),
                code(d.place().siteKind()), d.count().value(), code(d.count().qualifier()), d.count().unit(), code(d.identification()),
                d.description(), r.verified(), r.verification().code(), r.published(), r.key(),
                r.reportedOn() == null ? null : r.reportedOn().toString(), at, by, at, by};
    }

    /** Overwrites the coded values (not sources, claims or flags). */
    void updateCoded(long id, IncidentDraft d, Instant now, String by) {
        Period p = d.period();
        jdbc.sql("UPDATE incidents SET type = ?, date_from = ?, date_to = ?, date_precision = ?, month = ?, region_code = ?, "
                        + "locality = ?, site_kind = ?, count_value = ?, count_qualifier = ?, count_unit = ?, identification = ?, "
                        + "description = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(d.type().code(), p == null ? null : p.from().toString(), p == null ? null : p.to().toString(),
                        p == null ? null : p.precision().code(), p == null ? "" : p.month(), d.place().regionCode(),
                        d.place().locality(), code(d.place().siteKind()), d.count().value(), code(d.count().qualifier()),
                        d.count().unit(), code(d.identification()), d.description(), Timestamp.from(now), by, id)
                .update();
        replaceAgencies(id, d.agencies());
        replaceOutcomes(id, d.outcomes());
    }

    void setCount(long id, Count c, Instant now, String by) {
        jdbc.sql("UPDATE incidents SET count_value = ?, count_qualifier = ?, count_unit = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(c.value(), code(c.qualifier()), c.unit(), Timestamp.from(now), by, id).update();
    }

    void setVerified(long id, boolean verified, Instant now, String by) {
        jdbc.sql("UPDATE incidents SET verified = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(verified, Timestamp.from(now), by, id).update();
    }

    void setPublished(long id, boolean published, Instant now, String by) {
        jdbc.sql("UPDATE incidents SET published = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(published, Timestamp.from(now), by, id).update();
    }

    /** The derived columns: verification status and first reported date. */
    void setDerived(long id, Verification verification, LocalDate reportedOn) {
        jdbc.sql("UPDATE incidents SET verification = ?, reported_on = ? WHERE id = ?")
                .params(verification.code(), reportedOn == null ? null : reportedOn.toString(), id).update();
    }

    void setMergedInto(long id, long target, Instant now, String by) {
        jdbc.sql("UPDATE incidents SET merged_into = ?, published = FALSE, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(target, Timestamp.from(now), by, id).update();
        // Anything merged into the absorbed incident now points at the survivor, so chains stay one step long.
        jdbc.sql("UPDATE incidents SET merged_into = ? WHERE merged_into = ?").params(target, id).update();
    }

    void replaceAgencies(long id, Set<Agency> agencies) {
        jdbc.sql("DELETE FROM incident_agencies WHERE incident_id = ?").param(id).update();
        for (Agency a : agencies) {
            jdbc.sql("INSERT INTO incident_agencies (incident_id, agency) VALUES (?, ?)").params(id, a.code()).update();
        }
    }

    void replaceOutcomes(long id, List<OutcomeCount> outcomes) {
        jdbc.sql("DELETE FROM incident_outcomes WHERE incident_id = ?").param(id).update();
        for (OutcomeCount o : outcomes) {
            jdbc.sql("INSERT INTO incident_outcomes (incident_id, outcome, count_value, count_qualifier) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (incident_id, outcome) DO NOTHING")
                    .params(id, o.outcome().code(), o.count().value(), code(o.count().qualifier())).update();
        }
    }

    Optional<Incident> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    Optional<Incident> findByImportKey(String key) {
        return jdbc.sql("SELECT id FROM incidents WHERE import_key = ?").param(key).query(Long.class).optional()
                .flatMap(this::find);
    }

    /** Incidents by id, with agencies and outcomes, in the order of {@code ids}. */
    List<Incident> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Agency>> agencies = new HashMap<>();
        jdbc.sql("SELECT incident_id, agency FROM incident_agencies WHERE incident_id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    agencies.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Agency.class)).add(Agency.fromCode(rs.getString(2)));
                });
        Map<Long, List<OutcomeCount>> outcomes = new HashMap<>();
        jdbc.sql("SELECT incident_id, outcome, count_value, count_qualifier FROM incident_outcomes WHERE incident_id IN (:ids) "
                        + "ORDER BY incident_id, outcome").param("ids", ids)
                .query(rs -> {
                    outcomes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new OutcomeCount(Outcome.fromCode(rs.getString(2)), count(rs, 3, 4, null)));
                });
        Map<Long, Incident> byId = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM incidents WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> incident(rs, agencies.getOrDefault(rs.getLong("id"), Set.of()),
                        outcomes.getOrDefault(rs.getLong("id"), List.of())))
                .list().forEach(i -> byId.put(i.id(), i));
        List<Incident> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Incident i = byId.get(id);
            if (i != null) {
                ordered.add(i);
            }
        }
        return ordered;
    }

    /** Newest first (by period, then by reported date, then id); merged incidents are left out. */
    List<Incident> list(IncidentFilter f, int offset, int limit) {
        Where w = where(f);
        List<Long> ids = jdbc.sql("SELECT id FROM incidents WHERE " + w.sql
                        + " ORDER BY COALESCE(date_from, reported_on) DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", limit).param("offset", offset).query(Long.class).list();
        return findAll(ids);
    }

    long count(IncidentFilter f) {
        Where w = where(f);
        return jdbc.sql("SELECT COUNT(*) FROM incidents WHERE " + w.sql).params(w.params).query(Long.class).single();
    }

    List<Long> idsAfter(long after, int limit) {
        return jdbc.sql("SELECT id FROM incidents WHERE id > ? ORDER BY id LIMIT ?").params(after, limit).query(Long.class).list();
    }

    List<Long> absorbed(long id) {
        return jdbc.sql("SELECT id FROM incidents WHERE merged_into = ? ORDER BY id").param(id).query(Long.class).list();
    }

    /**
     * The pool of possible duplicates of a draft: same type, not merged, and overlapping dates
     * (for incidents that started at most a year before the draft), or the same region with a date
     * unknown on either side, or a shared source. Each branch is its own query on equalities the
     * (type, region, month) index answers (at most {@code limit} each, in no particular order: an
     * ORDER BY id would tempt the planner to walk the whole table backwards); an OR of them, or a
     * date range, lets the planner pick a scan too.
     */
    List<Long> candidatePool(IncidentType type, Period period, String regionCode, Collection<Long> sourceIds, Long exclude, int limit) {
        Set<Long> pool = new java.util.LinkedHashSet<>();
        String base = "SELECT id FROM incidents WHERE type = :type AND merged_into IS NULL AND ";
        Map<String, Object> params = new HashMap<>();
        params.put("type", type.code());
        params.put("limit", limit);
        if (period != null) {
            params.put("to", period.to().toString());
            params.put("from", period.from().toString());
            // Candidates start within the year before the draft (longer periods are rare): as a list of
            // start months, an equality the planner can look up in the (type, region, month) index.
            List<String> months = new ArrayList<>();
            for (java.time.YearMonth m = java.time.YearMonth.from(period.from().minusYears(1)); !m.isAfter(java.time.YearMonth.from(period.to()));
                 m = m.plusMonths(1)) {
                months.add(m.toString());
            }
            params.put("months", months);
            String dates = "month IN (:months) AND date_from <= :to AND date_to >= :from";
            if (regionCode != null) {
                params.put("region", regionCode);
                pool.addAll(ids(base + "region_code = :region AND " + dates + " LIMIT :limit", params));
                pool.addAll(ids(base + "region_code IS NULL AND " + dates + " LIMIT :limit", params));
                pool.addAll(ids(base + "region_code = :region AND month = '' LIMIT :limit", params));
            } else {
                pool.addAll(ids(base + dates + " LIMIT :limit", params));
            }
        } else if (regionCode != null) {
            params.put("region", regionCode);
            pool.addAll(ids(base + "region_code = :region LIMIT :limit", params));
        }
        if (!sourceIds.isEmpty()) {
            params.put("sources", sourceIds);
            pool.addAll(ids(base + "id IN (SELECT incident_id FROM incident_sources WHERE source_id IN (:sources)) LIMIT :limit", params));
        }
        if (exclude != null) {
            pool.remove(exclude);
        }
        return new ArrayList<>(pool);
    }

    private List<Long> ids(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(Long.class).list();
    }

    // --- sources -------------------------------------------------------------------------------

    boolean addSource(long incidentId, long sourceId, Instant now, String by) {
        return jdbc.sql("INSERT INTO incident_sources (incident_id, source_id, added_at, added_by) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (incident_id, source_id) DO NOTHING")
                .params(incidentId, sourceId, Timestamp.from(now), by).update() > 0;
    }

    List<Long> sourceIds(long incidentId) {
        return jdbc.sql("SELECT source_id FROM incident_sources WHERE incident_id = ? ORDER BY added_at, source_id")
                .param(incidentId).query(Long.class).list();
    }

    /** Source ids per incident, for many incidents at once. */
    Map<Long, List<Long>> sourceIdsOf(Collection<Long> incidentIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT incident_id, source_id FROM incident_sources WHERE incident_id IN (:ids) ORDER BY source_id")
                .param("ids", incidentIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return out;
    }

    List<Long> incidentsOfSource(long sourceId) {
        return jdbc.sql("SELECT i.id FROM incident_sources s JOIN incidents i ON i.id = s.incident_id "
                        + "WHERE s.source_id = ? AND i.merged_into IS NULL ORDER BY i.id")
                .param(sourceId).query(Long.class).list();
    }

    void moveSources(long from, long to, Instant now, String by) {
        for (Long s : sourceIds(from)) {
            addSource(to, s, now, by);
        }
    }

    // --- claims --------------------------------------------------------------------------------

    long insertClaim(long incidentId, long sourceId, CodedField field, String value, Count count, Span span,
                     boolean counted, Instant now, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_CLAIM).params(claimParams(incidentId, sourceId, field, value, count, span, counted, now, by)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Many claims at once (rows from {@link #claimParams}). */
    void insertClaims(List<Object[]> rows) {
        batches.batchUpdate(INSERT_CLAIM, rows);
    }

    static Object[] claimParams(long incidentId, long sourceId, CodedField field, String value, Count count, Span span,
                                boolean counted, Instant now, String by) {
        return new Object[] {incidentId, sourceId, field.code(), value, count.value(), code(count.qualifier()),
                span == null ? null : span.start(), span == null ? null : span.end(), span == null ? null : span.quote(),
                counted, Timestamp.from(now), by};
    }

    List<Claim> claims(long incidentId) {
        return jdbc.sql("SELECT id, incident_id, source_id, field, value_text, count_value, count_qualifier, span_start, "
                        + "span_end, quote, counted, created_at, created_by FROM incident_claims WHERE incident_id = ? ORDER BY id")
                .param(incidentId)
                .query((rs, n) -> {
                    int start = rs.getInt("span_start");
                    Span span = rs.wasNull() ? null : new Span(start, rs.getInt("span_end"), rs.getString("quote"));
                    return new Claim(rs.getLong("id"), rs.getLong("incident_id"), rs.getLong("source_id"),
                            CodedField.fromCode(rs.getString("field")), rs.getString("value_text"),
                            count(rs, 6, 7, null), span, rs.getBoolean("counted"),
                            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
                })
                .list();
    }

    /** Moves claims to another incident; none of them is counted there (the survivor keeps its choice). */
    void moveClaims(long from, long to) {
        jdbc.sql("UPDATE incident_claims SET incident_id = ?, counted = FALSE WHERE incident_id = ?").params(to, from).update();
    }

    void markCounted(long incidentId, Long claimId) {
        jdbc.sql("UPDATE incident_claims SET counted = FALSE WHERE incident_id = ? AND field = 'count'").param(incidentId).update();
        if (claimId != null) {
            jdbc.sql("UPDATE incident_claims SET counted = TRUE WHERE id = ? AND incident_id = ?").params(claimId, incidentId).update();
        }
    }

    // --- duplicate decisions -------------------------------------------------------------------

    void insertDecision(long incidentId, long otherId, String decision, String reasons, Instant now, String by) {
        jdbc.sql("INSERT INTO duplicate_decisions (incident_id, other_incident_id, decision, reasons, decided_by, decided_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(incidentId, otherId, decision, reasons, by, Timestamp.from(now)).update();
    }

    List<DuplicateDecision> decisions(long incidentId) {
        return jdbc.sql("SELECT id, incident_id, other_incident_id, decision, reasons, decided_by, decided_at FROM duplicate_decisions "
                        + "WHERE incident_id = ? OR other_incident_id = ? ORDER BY id")
                .params(incidentId, incidentId)
                .query((rs, n) -> new DuplicateDecision(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Pairs a coder has already kept apart, so they are not offered again. */
    boolean keptApart(long a, long b) {
        return jdbc.sql("SELECT COUNT(*) FROM duplicate_decisions WHERE decision = 'kept_apart' AND "
                        + "((incident_id = ? AND other_incident_id = ?) OR (incident_id = ? AND other_incident_id = ?))")
                .params(a, b, b, a).query(Long.class).single() > 0;
    }

    // --- mapping -------------------------------------------------------------------------------

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(IncidentFilter f) {
        StringBuilder sql = new StringBuilder("merged_into IS NULL");
        Map<String, Object> params = new HashMap<>();
        if (f.type() != null) {
            sql.append(" AND type = :type");
            params.put("type", f.type().code());
        }
        if (f.regionCode() != null) {
            sql.append(" AND region_code = :region");
            params.put("region", f.regionCode());
        }
        if (f.verification() != null) {
            sql.append(" AND verification = :verification");
            params.put("verification", f.verification().code());
        }
        if (f.published() != null) {
            sql.append(" AND published = :published");
            params.put("published", f.published());
        }
        return new Where(sql.toString(), params);
    }

    private static Incident incident(ResultSet rs, Set<Agency> agencies, List<OutcomeCount> outcomes) throws SQLException {
        String from = rs.getString("date_from");
        Period period = from == null ? null : new Period(date(from), date(rs.getString("date_to")),
                DatePrecision.fromCode(rs.getString("date_precision")));
        long merged = rs.getLong("merged_into");
        Long mergedInto = rs.wasNull() ? null : merged;
        String site = rs.getString("site_kind");
        String ident = rs.getString("identification");
        return new Incident(rs.getLong("id"), IncidentType.fromCode(rs.getString("type")), period,
                new Place(rs.getString("region_code"), rs.getString("locality"), site == null ? null : SiteKind.fromCode(site)),
                count(rs, 10, 11, rs.getString("count_unit")), agencies.isEmpty() ? Set.of() : EnumSet.copyOf(agencies),
                ident == null ? null : IdentificationMethod.fromCode(ident), outcomes, rs.getString("description"),
                rs.getBoolean("verified"), Verification.fromCode(rs.getString("verification")), rs.getBoolean("published"),
                mergedInto, date(rs.getString("reported_on")), rs.getString("import_key"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static Count count(ResultSet rs, int valueColumn, int qualifierColumn, String unit) throws SQLException {
        long v = rs.getLong(valueColumn);
        if (rs.wasNull()) {
            return new Count(null, null, unit);
        }
        return new Count(v, Qualifier.fromCode(rs.getString(qualifierColumn)), unit);
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso.substring(0, 10));
    }

    static String code(Enum<?> e) {
        return e == null ? null : Codes.code(e);
    }
}
