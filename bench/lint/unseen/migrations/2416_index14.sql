CREATE INDEX CONCURRENTLY events_at_day_idx ON events (date_trunc('day', at));;
