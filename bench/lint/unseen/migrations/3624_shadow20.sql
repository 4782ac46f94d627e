CREATE TABLE pgosc_st_accounts (LIKE accounts INCLUDING ALL);
CREATE TABLE pgosc_op_accounts (op_id bigserial PRIMARY KEY, op char(1) NOT NULL, row_id bigint NOT NULL);
ALTER TABLE accounts RENAME TO pgosc_old_accounts;
ALTER TABLE pgosc_st_accounts RENAME TO accounts;
DROP TABLE IF EXISTS pgosc_op_accounts;
DROP TRIGGER IF EXISTS pgosc_capture_accounts ON pgosc_old_accounts;
DROP FUNCTION IF EXISTS pgosc_capture_accounts();;
