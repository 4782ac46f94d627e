CREATE INDEX CONCURRENTLY events_at_brin_idx ON events USING brin (at);;
