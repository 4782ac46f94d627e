ALTER TABLE cache_entries ALTER COLUMN value SET DEFAULT md5(random()::text);;
