CREATE INDEX CONCURRENTLY sales_amount_idx ON sales (amount);;
