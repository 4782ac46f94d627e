CREATE TABLE sales_us21 PARTITION OF sales FOR VALUES IN ('us') WITH (fillfactor = 90);;
