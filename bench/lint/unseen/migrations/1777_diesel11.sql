-- Your SQL goes here
ALTER TABLE posts ALTER COLUMN published SET NOT NULL;;
