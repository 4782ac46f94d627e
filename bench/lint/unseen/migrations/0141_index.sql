CREATE INDEX CONCURRENTLY events_kind_idx ON events USING hash (kind);
