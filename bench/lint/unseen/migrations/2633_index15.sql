SET statement_timeout = 0;
CREATE INDEX events_kind_at_idx ON events (kind, at);;
