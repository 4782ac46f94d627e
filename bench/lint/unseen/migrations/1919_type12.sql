ALTER TABLE posts ALTER COLUMN title TYPE text USING btrim(title);;
