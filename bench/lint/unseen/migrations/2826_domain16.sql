CREATE DOMAIN tags16 AS text[] CHECK (cardinality(VALUE) <= 10);;
