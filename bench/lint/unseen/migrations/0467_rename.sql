CREATE TABLE tags (id bigint PRIMARY KEY, name text);
ALTER TABLE tags RENAME TO labels;
