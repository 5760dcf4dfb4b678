package org.rightsdesk.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rightsdesk.monitor.Source;
import org.rightsdesk.monitor.SourceCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The near-duplicate index in the database: the LSH band keys of every source's main text
 * ({@link NearDuplicates}). Derived data: a source filed without it (by another module, or before
 * this table existed) is fingerprinted by {@link #backfill()}.
 */
@Repository
class Fingerprints {

    /** At most this many candidates are compared exactly: the ones sharing the most bands. */
    static final int MAX_CANDIDATES = 40;

    /** The best earlier source a text copies, and how closely. */
    record Match(Source source, NearDuplicates.Similarity similarity) {
    }

    private final JdbcClient jdbc;
    private final SourceCatalog sources;

    Fingerprints(JdbcClient jdbc, SourceCatalog sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    /** Stores the band keys of a newly filed source (joins the caller's transaction). */
    void add(long sourceId, Set<Long> shingles, long[] bands) {
        jdbc.sql("INSERT INTO source_fingerprints (source_id, shingles) VALUES (?, ?)").params(sourceId, shingles.size()).update();
        // One statement for all bands: 64 single-row inserts cost a round trip each on PostgreSQL.
        List<Object> params = new ArrayList<>(bands.length * 2);
        for (long bucket : bands) {
            params.add(bucket);
            params.add(sourceId);
        }
        jdbc.sql("INSERT INTO source_bands (bucket, source_id) VALUES " + String.join(", ", Collections.nCopies(bands.length, "(?, ?)")))
                .params(params).update();
    }

    /** The earlier source this text is the same story as, if any (the closest one). */
    java.util.Optional<Match> closest(long sourceId, Set<Long> shingles, long[] bands) {
        List<Object> params = new ArrayList<>();
        for (long b : bands) {
            params.add(b);
        }
        params.add(sourceId);
        String marks = String.join(", ", Collections.nCopies(bands.length, "?"));
        List<Long> candidates = jdbc.sql("SELECT source_id FROM source_bands WHERE bucket IN (" + marks + ") AND source_id <> ? "
                        + "GROUP BY source_id ORDER BY COUNT(*) DESC, source_id LIMIT " + MAX_CANDIDATES)
                .params(params).query(Long.class).list();
        Match best = null;
        for (long id : candidates) {
            Source other = sources.find(id).orElse(null);
            if (other == null) {
                continue;
            }
            NearDuplicates.Similarity s = NearDuplicates.compare(shingles, NearDuplicates.shingles(other.mainText()));
            if (s.sameStory() && (best == null || s.containment() > best.similarity().containment())) {
                best = new Match(other, s);
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Sources without a fingerprint, oldest first. */
    List<Long> missing(int limit) {
        return jdbc.sql("SELECT s.id FROM sources s WHERE NOT EXISTS (SELECT 1 FROM source_fingerprints f WHERE f.source_id = s.id) "
                + "ORDER BY s.id LIMIT ?").param(limit).query(Long.class).list();
    }

    /** Fingerprints the given sources (without grouping them: they were filed as they are). */
    int backfill(List<Long> ids) {
        Map<Long, String> texts = new LinkedHashMap<>();
        for (long id : ids) {
            sources.find(id).ifPresent(s -> texts.put(id, s.mainText()));
        }
        texts.forEach((id, text) -> {
            Set<Long> sh = NearDuplicates.shingles(text);
            add(id, sh, NearDuplicates.bands(NearDuplicates.signature(sh)));
        });
        return texts.size();
    }
}
