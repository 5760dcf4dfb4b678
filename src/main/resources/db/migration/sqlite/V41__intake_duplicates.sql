-- The intake duplicate check without an oracle: a lawyer who creates a client despite a possible
-- duplicate learns nothing about the other record; the pair waits here for an admin or the intake
-- coordinator, who see both and decide.
CREATE TABLE intake_duplicates (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id   INTEGER   NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    matched_id  INTEGER   NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    reason      TEXT      NOT NULL,
    flagged_by  INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    flagged_at  TIMESTAMP NOT NULL,
    decided_by  INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    decided_at  TIMESTAMP,
    decision    TEXT      CHECK (decision IN ('same', 'different'))
);
CREATE INDEX intake_duplicates_open ON intake_duplicates (decided_at);
