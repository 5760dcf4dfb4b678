-- Statistics kept as running totals, updated in the same transaction as each incident change, so
-- the statistics page reads a few thousand cells instead of scanning every incident. Derived data:
-- `./rightsdesk reindex` rebuilds it from the incidents table.
-- dimension: 'all' (dim_value ''), 'region' (region code), 'site' (site kind), 'agency' (agency);
-- '-' stands for "not known". One incident adds to one cell per dimension (one per agency).
CREATE TABLE incident_stat_cells (
    dimension        TEXT    NOT NULL,
    dim_value        TEXT    NOT NULL,
    month            TEXT    NOT NULL,   -- YYYY-MM, '' when the date is unknown
    type             TEXT    NOT NULL,
    verification     TEXT    NOT NULL,   -- single_source | corroborated | verified
    published        BOOLEAN NOT NULL,
    incidents        BIGINT  NOT NULL,
    people_exact     BIGINT  NOT NULL,
    people_at_least  BIGINT  NOT NULL,
    people_more_than BIGINT  NOT NULL,
    people_about     BIGINT  NOT NULL,
    people_up_to     BIGINT  NOT NULL,
    without_count    BIGINT  NOT NULL,
    PRIMARY KEY (dimension, month, dim_value, type, verification, published)
);
