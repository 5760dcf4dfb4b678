-- Near-duplicate stories: sources that are copies of one text (a repost, a re-published update,
-- an excerpt). sources.story_id points here. Grouping is automatic; a person can confirm a story or
-- split a source off, and every such step is kept in story_decisions with who and when.
CREATE TABLE stories (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at   TIMESTAMP NOT NULL,
    confirmed_by TEXT,               -- user who confirmed the grouping, NULL while unconfirmed
    confirmed_at TIMESTAMP
);

CREATE TABLE story_decisions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id        INTEGER   NOT NULL,
    source_id       INTEGER,            -- the source concerned; NULL for a decision about the whole story
    decision        TEXT      NOT NULL, -- grouped | confirmed | split | dissolved
    matched_source  INTEGER,            -- for "grouped": the source it was found to copy
    similarity      INTEGER,            -- for "grouped": per cent of the shorter text found in the other
    decided_by      TEXT      NOT NULL, -- user name, or the importer ("import:<user>")
    decided_at      TIMESTAMP NOT NULL
);
CREATE INDEX story_decisions_story ON story_decisions (story_id);
