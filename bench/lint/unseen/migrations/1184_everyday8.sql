CREATE TABLE import_rows (id bigint PRIMARY KEY, payload jsonb NOT NULL);
INSERT INTO import_rows SELECT g, jsonb_build_object('n', g) FROM generate_series(1, 500) g;
CREATE INDEX import_rows_payload_idx ON import_rows USING gin (payload);
