ALTER TABLE ledger ALTER COLUMN amount TYPE integer;;
