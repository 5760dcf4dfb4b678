-- The vault's key ring: Argon2id parameters and salt for the master key, and the data keys
-- wrapped (AES-256-GCM) under it. The master key and the passphrase are never stored.

CREATE TABLE vault_keyring (
    id                   INTEGER   PRIMARY KEY CHECK (id = 1),
    kdf_memory_kib       INTEGER   NOT NULL,
    kdf_iterations       INTEGER   NOT NULL,
    kdf_parallelism      INTEGER   NOT NULL,
    salt                 BLOB      NOT NULL,
    created_at           TIMESTAMP NOT NULL,
    rotated_at           TIMESTAMP,
    failed_unseals       INTEGER   NOT NULL DEFAULT 0,
    unseal_blocked_until TIMESTAMP
);

CREATE TABLE vault_data_keys (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    purpose    TEXT      NOT NULL CHECK (purpose IN ('encryption', 'index')),
    wrapped    BLOB      NOT NULL,
    created_at TIMESTAMP NOT NULL,
    active     BOOLEAN   NOT NULL
);
