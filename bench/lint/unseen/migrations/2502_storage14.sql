ALTER TABLE orders ALTER COLUMN customer_id SET (n_distinct_inherited = -0.5);;
