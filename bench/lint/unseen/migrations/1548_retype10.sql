ALTER TABLE orders ALTER COLUMN legacy_code TYPE integer USING legacy_code::integer;;
