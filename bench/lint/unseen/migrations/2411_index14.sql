CREATE INDEX CONCURRENTLY events_id_idx ON events (id);;
