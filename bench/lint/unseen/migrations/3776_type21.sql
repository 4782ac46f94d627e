ALTER TABLE customers ALTER COLUMN notes TYPE jsonb USING notes::jsonb;;
