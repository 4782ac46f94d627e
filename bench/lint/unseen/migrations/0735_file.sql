CREATE TABLE widgets (id bigint PRIMARY KEY, name text);
INSERT INTO widgets SELECT g, 'w' || g FROM generate_series(1, 100) g;
CREATE INDEX widgets_name_idx ON widgets (name);
