-- Near-duplicate search (org.rightsdesk.ingest.NearDuplicates): each source's MinHash signature cut
-- into 64 band keys. Sources sharing a key are candidates, then compared exactly. Derived from
-- sources.main_text and rebuilt for any source that lacks it (source_fingerprints marks the done).
CREATE TABLE source_fingerprints (
    source_id INTEGER PRIMARY KEY,
    shingles  INTEGER NOT NULL      -- number of distinct five-word runs in the main text
);

CREATE TABLE source_bands (
    bucket    BIGINT  NOT NULL,     -- hash of one band of the signature (band number mixed in)
    source_id INTEGER NOT NULL
);
CREATE INDEX source_bands_bucket ON source_bands (bucket);
CREATE INDEX source_bands_source ON source_bands (source_id);
