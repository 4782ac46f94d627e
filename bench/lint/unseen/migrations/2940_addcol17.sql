ALTER TABLE cache_entries ADD COLUMN expires_at timestamptz DEFAULT now() + interval '1 day';;
