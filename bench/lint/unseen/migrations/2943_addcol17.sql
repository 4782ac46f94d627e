ALTER TABLE posts ADD COLUMN created_on date NOT NULL DEFAULT timeofday()::date;;
