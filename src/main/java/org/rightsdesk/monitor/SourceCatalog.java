package org.rightsdesk.monitor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.rightsdesk.storage.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor desk's file of sources. Filing is idempotent: the same main text (after
 * whitespace and Unicode normalisation) is filed once, so importing a batch twice adds nothing.
 * Every change is put on the {@link Outbox} in the same transaction, for the search index.
 */
@Service
public class SourceCatalog {

    /** Outbox entity type for sources. */
    public static final String ENTITY = "source";

    /** Result of filing: the source, and whether it was new. */
    public record Filed(Source source, boolean created) {
    }

    private static final String COLUMNS = "id, url, publisher, title, published_on, language, main_text, content_hash, "
            + "story_id, file_name, encoding, imported_at, imported_by";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    SourceCatalog(JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Files a source unless one with the same normalised main text exists. */
    @Transactional
    public Filed file(NewSource s, String importedBy) {
        String hash = contentHash(s.mainText());
        Optional<Source> existing = findByHash(hash);
        if (existing.isPresent()) {
            return new Filed(existing.get(), false);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sources (url, publisher, title, published_on, language, main_text, content_hash, "
                        + "file_name, encoding, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.url(), s.publisher(), s.title(), s.publishedOn() == null ? null : s.publishedOn().toString(),
                        s.language(), s.mainText(), hash, s.fileName(), s.encoding(), Timestamp.from(clock.instant()), importedBy)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        outbox.enqueue(ENTITY, id);
        return new Filed(find(id).orElseThrow(), true);
    }

    /** Puts a source into a near-duplicate story (or takes it out with {@code null}). */
    @Transactional
    public void assignStory(long sourceId, Long storyId) {
        jdbc.sql("UPDATE sources SET story_id = ? WHERE id = ?").params(storyId, sourceId).update();
        outbox.enqueue(ENTITY, sourceId);
    }

    public Optional<Source> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sources WHERE id = ?").param(id).query(SourceCatalog::source).optional();
    }

    public Optional<Source> findByHash(String contentHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sources WHERE content_hash = ?").param(contentHash)
                .query(SourceCatalog::source).optional();
    }

    /** Newest first (by publication date, then filing order). */
    public List<Source> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sources ORDER BY published_on DESC, id DESC LIMIT ?").param(limit)
                .query(SourceCatalog::source).list();
    }

    /** All sources of one near-duplicate story. */
    public List<Source> story(long storyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sources WHERE story_id = ? ORDER BY id").param(storyId)
                .query(SourceCatalog::source).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sources").query(Long.class).single();
    }

    /** SHA-256 over the main text with Unicode (NFC) and whitespace normalised. */
    public static String contentHash(String mainText) {
        String normal = Normalizer.normalize(mainText, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static Source source(ResultSet rs, int row) throws SQLException {
        String published = rs.getString("published_on");
        long story = rs.getLong("story_id");
        Long storyId = rs.wasNull() ? null : story;
        return new Source(rs.getLong("id"), rs.getString("url"), rs.getString("publisher"), rs.getString("title"),
                published == null ? null : LocalDate.parse(published.substring(0, 10)), rs.getString("language"),
                rs.getString("main_text"), rs.getString("content_hash"), storyId, rs.getString("file_name"),
                rs.getString("encoding"), rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"));
    }
}
