ALTER TABLE sales ADD CONSTRAINT sales_amount_pos CHECK (amount > 0);;
