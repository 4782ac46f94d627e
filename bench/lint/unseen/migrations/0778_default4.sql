ALTER TABLE users ADD COLUMN seen_day text DEFAULT to_char(now(), 'YYYY-MM-DD');
