ALTER TABLE cache_entries REPLICA IDENTITY USING INDEX cache_entries_pkey;
