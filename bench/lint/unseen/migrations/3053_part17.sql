CREATE TABLE sales_misc17 (LIKE sales);
INSERT INTO sales_misc17 VALUES ('eu', 1);
ALTER TABLE sales ATTACH PARTITION sales_misc17 FOR VALUES IN ('misc');;
