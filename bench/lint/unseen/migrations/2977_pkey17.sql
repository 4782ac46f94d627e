ALTER TABLE cache_entries DROP CONSTRAINT cache_entries_pkey, ADD PRIMARY KEY (key, value);;
