CREATE INDEX sales_eu_amount_idx ON sales_eu (amount);;
