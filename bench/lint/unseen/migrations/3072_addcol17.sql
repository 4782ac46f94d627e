ALTER TABLE ledger ADD COLUMN amount_cents bigint GENERATED ALWAYS AS (amount * 100) STORED, DROP COLUMN amount;;
