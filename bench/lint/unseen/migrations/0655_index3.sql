CREATE INDEX CONCURRENTLY events_kind_lower ON events ((lower(kind)));
