ALTER TABLE cache_entries ADD CONSTRAINT cache_entries_key_value_key21 UNIQUE (key, value) DEFERRABLE INITIALLY DEFERRED;;
