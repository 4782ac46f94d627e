ALTER TABLE ledger ALTER COLUMN account TYPE integer USING account::integer;;
