-- Monitor sources (articles, reports) and the outbox that keeps derived data (search index) current.
-- A source's main_text is public material (news, reports); personal data never goes here.

CREATE TABLE sources (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    url          TEXT,
    publisher    TEXT,
    title        TEXT      NOT NULL,
    published_on TEXT,               -- ISO date, or NULL when unknown
    language     TEXT      NOT NULL, -- ISO 639-1: ru, en, ...
    main_text    TEXT      NOT NULL,
    content_hash TEXT      NOT NULL UNIQUE, -- SHA-256 of the normalised main text
    story_id     INTEGER,            -- near-duplicate group (same story on several sites); NULL = alone
    file_name    TEXT,               -- name of the imported file, if any
    encoding     TEXT,               -- detected encoding of the imported file, if any
    imported_at  TIMESTAMP NOT NULL,
    imported_by  TEXT      NOT NULL
);
CREATE INDEX sources_story ON sources (story_id);
CREATE INDEX sources_published ON sources (published_on);

-- Written in the same transaction as each change to searchable data; drained by the indexer.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_type TEXT      NOT NULL,
    entity_id   BIGINT    NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
