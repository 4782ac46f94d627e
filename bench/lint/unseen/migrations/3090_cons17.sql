ALTER TABLE cache_entries ADD CONSTRAINT cache_entries_value_key17 UNIQUE (value);;
