BEGIN;
DELETE FROM accounts WHERE id IN (
  SELECT id FROM (
    SELECT id, row_number() OVER (PARTITION BY owner_id ORDER BY created_at, id) AS rn FROM accounts
  ) d WHERE d.rn > 1
);
CREATE UNIQUE INDEX accounts_owner_id_key ON accounts (owner_id);
COMMIT;
