-- Your SQL goes here
CREATE TYPE post_kind AS ENUM ('article', 'link', 'video');
ALTER TABLE posts ADD COLUMN kind post_kind;;
