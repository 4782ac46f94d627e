BEGIN;
ALTER TABLE accounts ADD COLUMN deleted_at timestamptz;
CREATE VIEW active_accounts21 AS SELECT * FROM accounts WHERE deleted_at IS NULL;
COMMIT;
