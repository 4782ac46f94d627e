SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY events_kind_at_idx ON events (kind, at);;
