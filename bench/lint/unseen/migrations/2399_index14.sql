CREATE INDEX metrics_day_idx ON metrics (day);;
