CREATE INDEX events_at_brin ON events USING brin (at);
