ALTER TABLE cache_entries ALTER COLUMN value TYPE jsonb USING value::jsonb;;
