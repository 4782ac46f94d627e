ALTER TABLE cache_entries ADD CONSTRAINT cache_entries_value_len18 CHECK (length(value) < 4096) NOT VALID;
ALTER TABLE cache_entries VALIDATE CONSTRAINT cache_entries_value_len18;;
