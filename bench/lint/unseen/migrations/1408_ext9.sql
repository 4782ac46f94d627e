CREATE EXTENSION IF NOT EXISTS ltree;
CREATE TABLE categories9 (id bigint PRIMARY KEY, path ltree NOT NULL);
CREATE INDEX categories9_path_idx ON categories9 USING gist (path);;
