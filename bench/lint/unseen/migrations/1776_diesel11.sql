-- Your SQL goes here
ALTER TABLE users ADD COLUMN avatar_url VARCHAR;;
