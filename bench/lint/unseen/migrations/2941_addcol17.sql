ALTER TABLE users ADD COLUMN roles text[] NOT NULL DEFAULT ARRAY['member']::text[];;
