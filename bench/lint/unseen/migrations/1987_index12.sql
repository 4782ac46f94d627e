SET lock_timeout = '5s';
CREATE INDEX events_kind_idx ON events (kind);;
