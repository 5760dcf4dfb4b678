-- The case desk. Everything that names, describes or could identify a person is stored sealed
-- (BLOB columns: AES-256-GCM by the vault, bound to table.column:id). What stays in clear is
-- structure that identifies no one and that calendars must sort by: references, kinds, statuses,
-- dates of deadlines and hearings, who on the team did what.

CREATE TABLE clients (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    reference           TEXT      UNIQUE,
    full_name           BLOB,
    birth_date          BLOB,
    citizenship         BLOB,
    sex                 BLOB,
    phone               BLOB,
    address             BLOB,
    notes               BLOB,
    passport            BLOB,
    registry_check_days INTEGER,   -- remind to re-check the controlled persons register; NULL = never
    created_at          TIMESTAMP NOT NULL,
    created_by          INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    updated_at          TIMESTAMP NOT NULL
);

-- Blind indexes (keyed HMACs of normalised names and document numbers) for exact-match lookup.
CREATE TABLE client_index (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    kind      TEXT    NOT NULL,
    digest    TEXT    NOT NULL,
    fact_id   INTEGER
);
CREATE INDEX client_index_lookup ON client_index (kind, digest);
CREATE INDEX client_index_client ON client_index (client_id);

CREATE TABLE cases (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    reference  TEXT      UNIQUE,
    client_id  INTEGER   NOT NULL REFERENCES clients (id),
    kind       TEXT      NOT NULL,
    status     TEXT      NOT NULL CHECK (status IN ('open', 'on_hold', 'closed')),
    summary    BLOB,
    opened_on  TEXT      NOT NULL,
    closed_on  TEXT,
    created_at TIMESTAMP NOT NULL,
    created_by INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX cases_client ON cases (client_id);

CREATE TABLE case_team (
    case_id  INTEGER   NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    user_id  INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_team_user ON case_team (user_id);

-- Migration facts of a client: kind in clear, every detail (dates, numbers, issuers) sealed as JSON.
CREATE TABLE client_facts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id  INTEGER   NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    case_id    INTEGER   REFERENCES cases (id) ON DELETE SET NULL,
    kind       TEXT      NOT NULL,
    details    BLOB,
    created_at TIMESTAMP NOT NULL,
    created_by INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX client_facts_client ON client_facts (client_id);

-- Looks at the controlled persons register: who checked when (clear, for reminders); the result sealed.
CREATE TABLE registry_checks (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id  INTEGER   NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    checked_on TEXT      NOT NULL,
    checked_by INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    result     BLOB,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX registry_checks_client ON registry_checks (client_id);

CREATE TABLE case_parties (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id    INTEGER   NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role       TEXT      NOT NULL,
    name       BLOB,
    details    BLOB,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE proceedings (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id    INTEGER   NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind       TEXT      NOT NULL,
    court      BLOB,
    number     BLOB,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE hearings (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    proceeding_id  INTEGER   NOT NULL REFERENCES proceedings (id) ON DELETE CASCADE,
    case_id        INTEGER   NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    scheduled_on   TEXT      NOT NULL,
    scheduled_time TEXT,
    place          BLOB,
    outcome        TEXT,
    outcome_note   BLOB,
    created_at     TIMESTAMP NOT NULL
);
CREATE INDEX hearings_date ON hearings (scheduled_on);

CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER   NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    title       BLOB,
    due_on      TEXT,
    assignee_id INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    done_at     TIMESTAMP,
    done_by     INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMP NOT NULL,
    created_by  INTEGER   REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE case_notes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id    INTEGER   NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    body       BLOB,
    created_at TIMESTAMP NOT NULL,
    created_by INTEGER   REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id      INTEGER   NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    file_name    BLOB,
    content_type TEXT      NOT NULL,
    size_bytes   BIGINT    NOT NULL,
    content      BLOB,
    created_at   TIMESTAMP NOT NULL,
    created_by   INTEGER   REFERENCES users (id) ON DELETE SET NULL
);

-- Dated things to do: derived from the regime rules (source 'regime', replaced when facts change)
-- or entered by hand (source 'manual', with a sealed description).
CREATE TABLE deadlines (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id    INTEGER   NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    case_id      INTEGER   REFERENCES cases (id) ON DELETE CASCADE,
    source       TEXT      NOT NULL CHECK (source IN ('regime', 'manual')),
    kind         TEXT      NOT NULL,
    fact_id      INTEGER   REFERENCES client_facts (id) ON DELETE CASCADE,
    due_on       TEXT      NOT NULL,
    in_person_by TEXT,
    label        BLOB,
    done_at      TIMESTAMP,
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX deadlines_due ON deadlines (due_on);
CREATE INDEX deadlines_client ON deadlines (client_id);

-- Per-user iCalendar feeds at a secret URL; only a SHA-256 of the secret is kept.
CREATE TABLE calendar_feeds (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT      NOT NULL UNIQUE,
    language   TEXT      NOT NULL,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
