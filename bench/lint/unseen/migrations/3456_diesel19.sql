-- Your SQL goes here
CREATE TYPE post_visibility AS ENUM ('public', 'unlisted', 'private');
ALTER TABLE posts ADD COLUMN visibility post_visibility NOT NULL DEFAULT 'public';;
