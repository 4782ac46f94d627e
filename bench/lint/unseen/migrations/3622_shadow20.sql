CREATE TABLE pgosc_st_accounts (LIKE accounts INCLUDING ALL);
BEGIN;
ALTER TABLE accounts RENAME TO pgosc_old_accounts;
ALTER TABLE pgosc_st_accounts RENAME TO accounts;
COMMIT;
