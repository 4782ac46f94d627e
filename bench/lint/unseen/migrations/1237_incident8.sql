ALTER TABLE posts ALTER COLUMN published TYPE boolean USING coalesce(published, false);
