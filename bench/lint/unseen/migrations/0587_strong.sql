ALTER TABLE posts ALTER COLUMN views TYPE numeric(10);
