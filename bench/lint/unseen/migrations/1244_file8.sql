ALTER TABLE accounts ADD COLUMN region text DEFAULT 'eu';
CREATE INDEX accounts_region_idx ON accounts (region);
