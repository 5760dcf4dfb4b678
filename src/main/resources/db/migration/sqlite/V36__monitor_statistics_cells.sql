-- Statistics kept as running totals, updated in the same transaction as each incident change, so
-- the statistics page reads cells instead of scanning every incident. Derived data:
-- `./rightsdesk reindex` rebuilds it from the incidents table.
-- dimension: 'all' (dim_value ''), 'region' (region code), 'site' (site kind), 'agency' (agency);
-- '-' stands for "not known". One incident adds to one cell per dimension (one per agency).
-- Region, site and agency cells also come with type '*': the same sums over all types, read when
-- no type is chosen (far fewer cells). Each cell holds three tallies: every reported incident, those
-- corroborated by independent sources, and those verified by the organisation; people are summed
-- per qualifier.
CREATE TABLE incident_stat_cells (
    dimension          TEXT    NOT NULL,
    dim_value          TEXT    NOT NULL,
    month              TEXT    NOT NULL,   -- YYYY-MM, '' when the date is unknown
    type               TEXT    NOT NULL,
    published          BOOLEAN NOT NULL,
    incidents          BIGINT  NOT NULL,
    people_exact       BIGINT  NOT NULL,
    people_at_least    BIGINT  NOT NULL,
    people_more_than   BIGINT  NOT NULL,
    people_about       BIGINT  NOT NULL,
    people_up_to       BIGINT  NOT NULL,
    without_count      BIGINT  NOT NULL,
    corroborated       BIGINT  NOT NULL,
    verified           BIGINT  NOT NULL,
    verified_exact     BIGINT  NOT NULL,
    verified_at_least  BIGINT  NOT NULL,
    verified_more_than BIGINT  NOT NULL,
    verified_about     BIGINT  NOT NULL,
    verified_up_to     BIGINT  NOT NULL,
    verified_without   BIGINT  NOT NULL,
    PRIMARY KEY (dimension, month, dim_value, type, published)
);
