ALTER TABLE orders ADD CONSTRAINT orders_legacy_code_key UNIQUE (legacy_code);;
