ALTER TABLE orders ALTER COLUMN legacy_code TYPE text;
