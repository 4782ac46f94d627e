CREATE TABLE pgosc_st_accounts (LIKE accounts INCLUDING ALL);
INSERT INTO pgosc_st_accounts OVERRIDING SYSTEM VALUE SELECT * FROM accounts;
BEGIN;
LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE;
SELECT setval(pg_get_serial_sequence('pgosc_st_accounts', 'id'), (SELECT max(id) FROM accounts));
ALTER TABLE accounts RENAME TO pgosc_old_accounts;
ALTER TABLE pgosc_st_accounts RENAME TO accounts;
COMMIT;
