CREATE VIEW customer_regions WITH (security_barrier) AS SELECT id, region FROM customers;;
