CREATE INDEX events_at_utc_day_idx ON events ((date_trunc('day', at AT TIME ZONE 'UTC')));;
