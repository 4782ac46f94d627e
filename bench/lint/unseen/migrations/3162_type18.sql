ALTER TABLE posts ALTER COLUMN published TYPE smallint USING published::int;;
