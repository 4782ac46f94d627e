CREATE INDEX CONCURRENTLY events_at_range_idx ON events USING gist (tstzrange(at, at, '[]'));;
