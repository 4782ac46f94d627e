ALTER TABLE sales ADD CONSTRAINT sales_amount_ledger_fk FOREIGN KEY (amount) REFERENCES ledger (id) NOT VALID;;
