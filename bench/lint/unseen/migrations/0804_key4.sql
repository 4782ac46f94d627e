ALTER TABLE cache_entries ADD CONSTRAINT cache_value_nn CHECK (value IS NOT NULL);
