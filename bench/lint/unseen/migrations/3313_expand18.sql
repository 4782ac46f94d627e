ALTER TABLE ledger DROP COLUMN amount;;
