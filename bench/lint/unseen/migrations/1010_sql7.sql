CREATE INDEX accounts_name_fts_idx ON accounts USING gin (to_tsvector('simple', name));
