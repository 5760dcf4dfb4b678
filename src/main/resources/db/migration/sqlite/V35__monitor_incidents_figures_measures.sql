-- Monitor desk: incidents (HURIDOCS-style events) with their sources and coded claims,
-- duplicate decisions, figures and measures. Victims are counts only: no personal data here.
-- Dates are ISO dates; date_from/date_to are NULL when the sources only say when it was reported.

CREATE TABLE incidents (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    type            TEXT        NOT NULL,
    date_from       TEXT,
    date_to         TEXT,
    date_precision  TEXT,
    month           TEXT        NOT NULL,  -- YYYY-MM of date_from, '' when unknown (for statistics)
    reported_on     TEXT,                  -- earliest publication date of its sources
    region_code     TEXT,
    locality        TEXT,
    site_kind       TEXT,
    count_value     BIGINT,
    count_qualifier TEXT,
    count_unit      TEXT,
    identification  TEXT,
    description     TEXT        NOT NULL,
    verified        BOOLEAN     NOT NULL,  -- verified by the organisation
    verification    TEXT        NOT NULL,  -- single_source | corroborated | verified (derived)
    published       BOOLEAN     NOT NULL,
    merged_into     BIGINT REFERENCES incidents (id),
    import_key      TEXT UNIQUE,
    created_at      TIMESTAMP   NOT NULL,
    created_by      TEXT        NOT NULL,
    updated_at      TIMESTAMP   NOT NULL,
    updated_by      TEXT        NOT NULL
);
-- Duplicate candidates are looked up by type, region and start month.
CREATE INDEX incidents_type_month ON incidents (type, month);
CREATE INDEX incidents_type_region_month ON incidents (type, region_code, month);
CREATE INDEX incidents_region ON incidents (region_code);
-- Partial indexes: lookups of what was merged into an incident, and the order of the timeline and the
-- incident list (newest first) over incidents not merged away. A plain index on merged_into would
-- tempt the planner to find every "IS NULL" row and sort them all.
CREATE INDEX incidents_merged ON incidents (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX incidents_timeline ON incidents ((COALESCE(date_from, reported_on)), id) WHERE merged_into IS NULL;

CREATE TABLE incident_agencies (
    incident_id BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    agency      TEXT   NOT NULL,
    PRIMARY KEY (incident_id, agency)
);

CREATE TABLE incident_outcomes (
    incident_id     BIGINT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    outcome         TEXT   NOT NULL,
    count_value     BIGINT,
    count_qualifier TEXT,
    PRIMARY KEY (incident_id, outcome)
);

CREATE TABLE incident_sources (
    incident_id BIGINT      NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    source_id   BIGINT      NOT NULL REFERENCES sources (id),
    added_at    TIMESTAMP   NOT NULL,
    added_by    TEXT        NOT NULL,
    PRIMARY KEY (incident_id, source_id)
);
CREATE INDEX incident_sources_source ON incident_sources (source_id);

-- What one source says about one coded value, and where (character offsets into sources.main_text).
CREATE TABLE incident_claims (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id     BIGINT      NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    source_id       BIGINT      NOT NULL REFERENCES sources (id),
    field           TEXT        NOT NULL,
    value_text      TEXT        NOT NULL,
    count_value     BIGINT,
    count_qualifier TEXT,
    span_start      INTEGER,
    span_end        INTEGER,
    quote           TEXT,
    counted         BOOLEAN     NOT NULL,
    created_at      TIMESTAMP   NOT NULL,
    created_by      TEXT        NOT NULL
);
CREATE INDEX incident_claims_incident ON incident_claims (incident_id);

-- A coder's answer to "is this the same incident?": merged or kept apart, with the reasons shown.
CREATE TABLE duplicate_decisions (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id       BIGINT      NOT NULL REFERENCES incidents (id),
    other_incident_id BIGINT      NOT NULL REFERENCES incidents (id),
    decision          TEXT        NOT NULL,
    reasons           TEXT        NOT NULL,
    decided_by        TEXT        NOT NULL,
    decided_at        TIMESTAMP   NOT NULL
);
CREATE INDEX duplicate_decisions_incident ON duplicate_decisions (incident_id);
CREATE INDEX duplicate_decisions_other ON duplicate_decisions (other_incident_id);

CREATE TABLE figures (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    quantity      REAL NOT NULL,
    qualifier     TEXT        NOT NULL,
    what          TEXT        NOT NULL,
    series_key    TEXT        NOT NULL,  -- normalised "what": figures with the same key form a series
    as_of         TEXT,                  -- as written: 2024, 2024-Q1, 2025-H1, 2026-01, a day, or FROM/TO
    as_of_from    TEXT,
    as_of_to      TEXT,
    attributed_to TEXT        NOT NULL,
    source_id     BIGINT REFERENCES sources (id),
    span_start    INTEGER,
    span_end      INTEGER,
    quote         TEXT,
    reported_on   TEXT,
    published     BOOLEAN     NOT NULL,
    created_at    TIMESTAMP   NOT NULL,
    created_by    TEXT        NOT NULL,
    updated_at    TIMESTAMP   NOT NULL,
    updated_by    TEXT        NOT NULL
);
CREATE INDEX figures_series ON figures (series_key, as_of_to);

CREATE TABLE measures (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT        NOT NULL,
    title        TEXT        NOT NULL,
    description  TEXT        NOT NULL,
    effective_on TEXT,
    region_code  TEXT,
    rule_ids     TEXT        NOT NULL,  -- regime rule ids, space-separated: "R-050 R-056"
    source_id    BIGINT REFERENCES sources (id),
    span_start   INTEGER,
    span_end     INTEGER,
    quote        TEXT,
    reported_on  TEXT,
    published    BOOLEAN     NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    created_by   TEXT        NOT NULL,
    updated_at   TIMESTAMP   NOT NULL,
    updated_by   TEXT        NOT NULL
);
CREATE INDEX measures_effective ON measures (effective_on);
