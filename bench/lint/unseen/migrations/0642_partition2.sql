CREATE INDEX sales_amount_idx ON ONLY sales (amount);
CREATE INDEX CONCURRENTLY sales_eu_amount_idx ON sales_eu (amount);
ALTER INDEX sales_amount_idx ATTACH PARTITION sales_eu_amount_idx;
