CREATE INDEX sales_amount_idx ON ONLY sales (amount);
