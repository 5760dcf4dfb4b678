-- One seal for every server, unseal key shares, and data-key rotation with re-encryption.

-- The seal, shared by every server of the database: "seal now" on any server adds one to the
-- epoch; every server that was unsealed at a lower epoch drops its keys (see SealWatch).
CREATE TABLE vault_seal (
    id        INTEGER   PRIMARY KEY CHECK (id = 1),
    epoch     BIGINT    NOT NULL,
    sealed_at TIMESTAMP,
    sealed_by TEXT
);
INSERT INTO vault_seal (id, epoch) VALUES (1, 0);

-- The data keys are wrapped under a random ring key; the ring key is wrapped under the master
-- key (from the passphrase, or joined from M of N key shares). Changing the passphrase or
-- re-issuing shares re-wraps only the ring key. NULL ring_key: a key ring from before V45, whose
-- data keys are still wrapped under the master key (upgraded at the next unseal).
ALTER TABLE vault_keyring ADD COLUMN unseal_mode TEXT NOT NULL DEFAULT 'passphrase' CHECK (unseal_mode IN ('passphrase', 'shares'));
ALTER TABLE vault_keyring ADD COLUMN ring_key BLOB;
ALTER TABLE vault_keyring ADD COLUMN share_set TEXT;
ALTER TABLE vault_keyring ADD COLUMN share_threshold INTEGER;
ALTER TABLE vault_keyring ADD COLUMN share_count INTEGER;
-- Raised whenever a data key is added, so running servers load it.
ALTER TABLE vault_keyring ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;

-- A re-encryption of old values under a new data key: progress survives a crash.
CREATE TABLE vault_reencryption (
    id           INTEGER   PRIMARY KEY AUTOINCREMENT,
    key_id       BIGINT    NOT NULL,
    state        TEXT      NOT NULL CHECK (state IN ('running', 'done')),
    pass         INTEGER   NOT NULL DEFAULT 1,
    total_rows   BIGINT    NOT NULL,
    done_rows    BIGINT    NOT NULL DEFAULT 0,
    failed_rows  BIGINT    NOT NULL DEFAULT 0,
    column_index INTEGER   NOT NULL DEFAULT 0,
    last_id      BIGINT    NOT NULL DEFAULT 0,
    started_at   TIMESTAMP NOT NULL,
    started_by   TEXT      NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    owner        TEXT,
    heartbeat_at TIMESTAMP
);
