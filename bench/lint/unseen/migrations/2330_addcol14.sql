ALTER TABLE cache_entries ADD COLUMN hits integer DEFAULT 0 NOT NULL;;
