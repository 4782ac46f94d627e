ALTER TABLE cache_entries DROP CONSTRAINT cache_entries_pkey;
