package org.rightsdesk.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Near-duplicate stories: sources that are copies of one text — the same article on two sites, a
 * repost, a re-published update — grouped so that the desk reads and counts the story once. The
 * importer groups automatically ({@link #group}); a monitor confirms a story or splits a source off
 * it, and every step is recorded with who and when ({@link Decision}). A story that falls to one
 * source is dissolved: a source alone has no story.
 */
@Service
public class StoryGroups {

    /** What happened to a story or one of its sources. */
    public enum Kind {
        /** The importer found the source to copy another one. */
        GROUPED,
        /** A person confirmed the story as one. */
        CONFIRMED,
        /** A person split the source off: it is a different story. */
        SPLIT,
        /** The story fell to one source and ended. */
        DISSOLVED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One recorded step. For {@link Kind#GROUPED}, {@code matchedSourceId} is the source it was
     * found to copy and {@code similarity} the per cent of the shorter text found in the other.
     */
    public record Decision(long id, long storyId, Long sourceId, Kind kind, Long matchedSourceId, Integer similarity,
                           String decidedBy, Instant decidedAt) {
    }

    /** A story with its current sources (oldest first) and its history. */
    public record Story(long id, Instant createdAt, String confirmedBy, Instant confirmedAt, List<Source> sources,
                        List<Decision> decisions) {
        public boolean confirmed() {
            return confirmedBy != null;
        }
    }

    private final JdbcClient jdbc;
    private final SourceCatalog sources;
    private final Clock clock;

    StoryGroups(JdbcClient jdbc, SourceCatalog sources, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Puts {@code sourceId} into the story of {@code matchedSourceId} (starting one if that source
     * has none) and records why. Returns the story id.
     */
    @Transactional
    public long group(long sourceId, long matchedSourceId, int similarityPercent, String by) {
        Source matched = sources.find(matchedSourceId).orElseThrow(() -> new IllegalArgumentException("no source " + matchedSourceId));
        long storyId;
        if (matched.storyId() != null && exists(matched.storyId())) {
            storyId = matched.storyId();
        } else {
            storyId = newStory();
            sources.assignStory(matchedSourceId, storyId);
            record(storyId, matchedSourceId, Kind.GROUPED, null, null, by);
        }
        sources.assignStory(sourceId, storyId);
        record(storyId, sourceId, Kind.GROUPED, matchedSourceId, similarityPercent, by);
        return storyId;
    }

    /** A person confirms that the story's sources are one story. */
    @Transactional
    public void confirm(long storyId, String by) {
        Story story = story(storyId).orElseThrow(() -> new StoryProblem("story.unknown", "no story " + storyId));
        if (story.sources().size() < 2) {
            throw new StoryProblem("story.dissolved", "story " + storyId + " has no longer several sources");
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE stories SET confirmed_by = ?, confirmed_at = ? WHERE id = ?").params(by, Timestamp.from(now), storyId).update();
        record(storyId, null, Kind.CONFIRMED, null, null, by);
    }

    /**
     * A person splits a source off the story: it stands alone again. When one source is left,
     * the story ends.
     */
    @Transactional
    public void splitOff(long storyId, long sourceId, String by) {
        Story story = story(storyId).orElseThrow(() -> new StoryProblem("story.unknown", "no story " + storyId));
        if (story.sources().stream().noneMatch(s -> s.id() == sourceId)) {
            throw new StoryProblem("story.notMember", "source " + sourceId + " is not in story " + storyId);
        }
        sources.assignStory(sourceId, null);
        record(storyId, sourceId, Kind.SPLIT, null, null, by);
        List<Source> left = sources.story(storyId);
        if (left.size() == 1) {
            sources.assignStory(left.get(0).id(), null);
            record(storyId, left.get(0).id(), Kind.DISSOLVED, null, null, by);
        }
    }

    public Optional<Story> story(long storyId) {
        // The row first, then its sources and decisions: no query inside another's row callback.
        Optional<Story> row = jdbc.sql("SELECT id, created_at, confirmed_by, confirmed_at FROM stories WHERE id = ?").param(storyId)
                .query((rs, n) -> new Story(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("confirmed_by"),
                        instant(rs, "confirmed_at"), List.of(), List.of()))
                .optional();
        return row.map(s -> new Story(s.id(), s.createdAt(), s.confirmedBy(), s.confirmedAt(), sources.story(storyId), decisions(storyId)));
    }

    /** Stories that currently hold two or more sources, newest first. */
    public List<Story> current(int limit) {
        List<Long> ids = jdbc.sql("SELECT story_id FROM sources WHERE story_id IS NOT NULL GROUP BY story_id "
                        + "HAVING COUNT(*) > 1 ORDER BY story_id DESC LIMIT ?")
                .param(limit).query(Long.class).list();
        List<Story> out = new ArrayList<>();
        for (long id : ids) {
            story(id).ifPresent(out::add);
        }
        return out;
    }

    /** How many different stories the file holds: each near-duplicate story counts once. */
    public long distinctStories() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM sources WHERE story_id IS NULL) "
                + "+ (SELECT COUNT(DISTINCT story_id) FROM sources WHERE story_id IS NOT NULL)").query(Long.class).single();
    }

    public List<Decision> decisions(long storyId) {
        return jdbc.sql("SELECT id, story_id, source_id, decision, matched_source, similarity, decided_by, decided_at "
                        + "FROM story_decisions WHERE story_id = ? ORDER BY id")
                .param(storyId).query(StoryGroups::decision).list();
    }

    private boolean exists(long storyId) {
        return jdbc.sql("SELECT COUNT(*) FROM stories WHERE id = ?").param(storyId).query(Long.class).single() > 0;
    }

    private long newStory() {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO stories (created_at) VALUES (?)").param(Timestamp.from(clock.instant())).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void record(long storyId, Long sourceId, Kind kind, Long matched, Integer similarity, String by) {
        jdbc.sql("INSERT INTO story_decisions (story_id, source_id, decision, matched_source, similarity, decided_by, decided_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(storyId, sourceId, kind.code(), matched, similarity, by, Timestamp.from(clock.instant())).update();
    }

    private static Decision decision(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getLong("id"), rs.getLong("story_id"), nullableLong(rs, "source_id"),
                Kind.valueOf(rs.getString("decision").toUpperCase(java.util.Locale.ROOT)), nullableLong(rs, "matched_source"),
                nullableInt(rs, "similarity"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
