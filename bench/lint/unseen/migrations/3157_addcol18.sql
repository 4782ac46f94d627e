ALTER TABLE cache_entries ADD COLUMN hits integer NOT NULL DEFAULT 0;;
