CREATE INDEX CONCURRENTLY events_kind_at_idx21 ON events (kind, at) WHERE kind IS NOT NULL;;
