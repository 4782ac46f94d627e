CREATE INDEX sales_amount_idx ON sales (amount);
