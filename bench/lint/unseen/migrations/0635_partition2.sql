CREATE TABLE sales_apac PARTITION OF sales FOR VALUES IN ('apac', 'au');
