ALTER TABLE metrics ADD COLUMN account_id bigint;
ALTER TABLE metrics ADD CONSTRAINT metrics_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);;
