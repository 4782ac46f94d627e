ALTER TABLE ledger ALTER COLUMN account SET DATA TYPE text USING account;;
