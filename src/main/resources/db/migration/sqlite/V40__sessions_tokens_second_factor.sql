-- Hardening of accounts: browser sessions shared through the database (Spring Session JDBC's
-- schema, so every server of one database sees the same sessions and an account change ends
-- them everywhere), API tokens that expire, the second factor (TOTP) with recovery codes,
-- account settings, and fixed-window rate limits.
-- Instants are bound as java.sql.Timestamp (stored as epoch milliseconds by sqlite-jdbc).

CREATE TABLE spring_session (
    primary_id            CHARACTER(36) NOT NULL,
    session_id            CHARACTER(36) NOT NULL,
    creation_time         INTEGER       NOT NULL,
    last_access_time      INTEGER       NOT NULL,
    max_inactive_interval INTEGER       NOT NULL,
    expiry_time           INTEGER       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHARACTER(36) NOT NULL,
    attribute_name     VARCHAR(200)  NOT NULL,
    attribute_bytes    BLOB          NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Tokens made before expiry existed get the default lifetime from their creation (90 days).
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMP;
UPDATE api_tokens SET expires_at = created_at + 7776000000;

-- The TOTP secret is stored wrapped (AES-256-GCM) under a key derived from the user's password
-- with Argon2id and this row's salt: reading the database does not give the secret.
CREATE TABLE second_factors (
    user_id        INTEGER   PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    salt           BLOB      NOT NULL,
    wrapped_secret BLOB      NOT NULL,
    enrolled_at    TIMESTAMP NOT NULL,
    last_step      BIGINT    NOT NULL   -- the last 30-second step accepted: a code is never accepted twice
);

-- One-time recovery codes, stored as SHA-256 of the code (each carries 60 random bits).
CREATE TABLE recovery_codes (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id   INTEGER   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT      NOT NULL,
    used_at   TIMESTAMP
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE account_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE rate_limits (
    limit_key    TEXT      PRIMARY KEY,
    window_start TIMESTAMP NOT NULL,
    hits         INTEGER   NOT NULL
);
