ALTER TABLE ledger ALTER COLUMN account SET (n_distinct = -1);;
