CREATE INDEX CONCURRENTLY customers_lower_name_idx ON customers (lower(name));;
