CREATE TABLE pgosc_st_accounts (LIKE accounts INCLUDING ALL);
INSERT INTO pgosc_st_accounts SELECT * FROM accounts;;
