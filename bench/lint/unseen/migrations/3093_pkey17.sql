CREATE UNIQUE INDEX CONCURRENTLY cache_entries_key_uq17 ON cache_entries (key);
BEGIN;
ALTER TABLE cache_entries DROP CONSTRAINT cache_entries_pkey;
ALTER TABLE cache_entries ADD CONSTRAINT cache_entries_pkey PRIMARY KEY USING INDEX cache_entries_key_uq17;
COMMIT;
