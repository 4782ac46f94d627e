CREATE UNLOGGED TABLE import_staging (id bigint, payload jsonb);
INSERT INTO import_staging SELECT id, payload::jsonb FROM orders WHERE id <= 100;
ALTER TABLE import_staging SET LOGGED;;
