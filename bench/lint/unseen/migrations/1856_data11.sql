CREATE TABLE import_rows (line integer PRIMARY KEY, raw text);
INSERT INTO import_rows VALUES (1, 'a'), (2, ''), (3, 'c');
DELETE FROM import_rows WHERE raw = '';;
