ALTER TABLE shipments ADD COLUMN customer_id bigint DEFAULT 1 REFERENCES customers (id);;
