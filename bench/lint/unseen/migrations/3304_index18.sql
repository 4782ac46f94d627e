CREATE INDEX CONCURRENTLY orders_lower_code_idx18 ON orders (lower(legacy_code));;
