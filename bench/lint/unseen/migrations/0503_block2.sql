BEGIN;
CREATE TABLE imports (id bigint PRIMARY KEY, at timestamptz);
CREATE INDEX imports_at_idx ON imports (at);
COMMIT;
