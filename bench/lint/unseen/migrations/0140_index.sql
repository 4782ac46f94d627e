CREATE INDEX events_kind_idx ON events USING hash (kind);
