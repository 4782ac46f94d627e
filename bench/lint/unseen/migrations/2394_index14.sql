CREATE INDEX CONCURRENTLY archive_2023_day_brin ON archive_2023 USING brin (day) WITH (pages_per_range = 32);;
