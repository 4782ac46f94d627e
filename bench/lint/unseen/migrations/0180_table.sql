ALTER TABLE orders RENAME COLUMN legacy_code TO code;
