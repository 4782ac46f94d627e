ALTER TABLE accounts ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', name)) STORED;
