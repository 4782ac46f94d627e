CREATE UNIQUE INDEX orders_legacy_code_uq ON orders (legacy_code);;
