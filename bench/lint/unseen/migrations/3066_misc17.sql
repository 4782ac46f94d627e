ALTER TABLE ledger ALTER COLUMN account SET DEFAULT 'unassigned';;
