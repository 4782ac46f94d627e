ALTER TABLE cache_entries ADD CONSTRAINT cache_entries_value_not_blank21 CHECK (value <> '') NO INHERIT;;
