ALTER TABLE cache_entries ADD COLUMN expires_at timestamptz;;
