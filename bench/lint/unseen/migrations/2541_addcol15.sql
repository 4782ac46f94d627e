ALTER TABLE ledger ADD COLUMN account_id bigint NOT NULL DEFAULT 0 REFERENCES accounts (id);;
