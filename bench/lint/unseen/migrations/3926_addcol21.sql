ALTER TABLE sales ADD COLUMN amount_net numeric(12, 2) GENERATED ALWAYS AS (amount * 0.8) STORED;;
