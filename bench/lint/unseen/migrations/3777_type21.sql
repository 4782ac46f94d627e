ALTER TABLE orders ALTER COLUMN legacy_code TYPE integer USING substr(legacy_code, 2)::integer;;
