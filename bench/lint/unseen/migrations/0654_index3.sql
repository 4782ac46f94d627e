CREATE INDEX events_at_idx ON events (at) WITH (fillfactor = 70);
