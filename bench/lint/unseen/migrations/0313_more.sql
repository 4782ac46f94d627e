ALTER TABLE customers ALTER COLUMN created_at SET DEFAULT clock_timestamp();
