CREATE TABLE pgosc_st_accounts (LIKE accounts INCLUDING ALL);
INSERT INTO pgosc_st_accounts OVERRIDING SYSTEM VALUE SELECT * FROM accounts;
ALTER TABLE accounts RENAME TO pgosc_old_accounts;
ALTER TABLE pgosc_st_accounts RENAME TO accounts;
DROP TABLE pgosc_old_accounts;;
