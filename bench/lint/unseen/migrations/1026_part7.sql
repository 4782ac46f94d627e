CREATE TABLE sales_us PARTITION OF sales FOR VALUES IN ('us', 'ca');
