CREATE INDEX archive_2023_day_brin21 ON archive_2023 USING brin (day);;
