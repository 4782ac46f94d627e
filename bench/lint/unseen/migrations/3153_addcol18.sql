ALTER TABLE shipments ADD COLUMN carrier_account_id bigint REFERENCES accounts (id) ON DELETE SET NULL;;
