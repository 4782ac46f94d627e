ALTER TABLE posts ADD COLUMN external_ref text UNIQUE;;
