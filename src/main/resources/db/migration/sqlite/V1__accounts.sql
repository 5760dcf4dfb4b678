-- Accounts: users, login throttling, API tokens and the audit log.
-- Instants are bound as java.sql.Timestamp (stored as epoch milliseconds by sqlite-jdbc).

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT      NOT NULL UNIQUE,
    password_hash TEXT      NOT NULL,
    role          TEXT      NOT NULL CHECK (role IN ('admin', 'lawyer', 'monitor', 'viewer')),
    enabled       BOOLEAN   NOT NULL,
    created_at    TIMESTAMP NOT NULL
);

CREATE TABLE login_throttle (
    throttle_key    TEXT      PRIMARY KEY,
    failures        INTEGER   NOT NULL,
    last_failure_at TIMESTAMP NOT NULL,
    blocked_until   TIMESTAMP
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label        TEXT      NOT NULL,
    token_hash   TEXT      NOT NULL UNIQUE,
    created_at   TIMESTAMP NOT NULL,
    created_by   INTEGER   REFERENCES users (id) ON DELETE SET NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TIMESTAMP NOT NULL,
    actor       TEXT      NOT NULL,
    action      TEXT      NOT NULL,
    record_type TEXT,
    record_id   TEXT,
    prev_hash   TEXT      NOT NULL,
    hash        TEXT      NOT NULL
);
