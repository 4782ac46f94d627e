CREATE INDEX CONCURRENTLY events_at_brin15 ON events USING brin (at) WITH (pages_per_range = 32);;
