CREATE INDEX orders_legacy_code_idx ON orders (legacy_code);
DROP INDEX CONCURRENTLY IF EXISTS orders_legacy_code_idx;;
