ALTER TABLE customers ADD COLUMN marketing_opt_in boolean DEFAULT false;;
