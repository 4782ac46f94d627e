CREATE DOMAIN positive_amount21 AS bigint CHECK (VALUE > 0);
ALTER TABLE ledger ALTER COLUMN amount TYPE positive_amount21;;
