CREATE INDEX CONCURRENTLY events_at_brin ON events USING brin (at);;
