ALTER TABLE posts DROP COLUMN published, DROP COLUMN views;;
