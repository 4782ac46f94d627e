CREATE TABLE pgosc_st_accounts (LIKE accounts INCLUDING ALL);
CREATE TABLE pgosc_op_accounts (op_id bigserial PRIMARY KEY, op char(1) NOT NULL, row_id bigint NOT NULL);
INSERT INTO pgosc_st_accounts OVERRIDING SYSTEM VALUE SELECT * FROM accounts;
-- replay the captured changes, then swap
BEGIN;
SET LOCAL lock_timeout = '5s';
LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE;
DELETE FROM pgosc_st_accounts s USING pgosc_op_accounts o WHERE o.row_id = s.id;
INSERT INTO pgosc_st_accounts OVERRIDING SYSTEM VALUE
  SELECT a.* FROM accounts a WHERE a.id IN (SELECT row_id FROM pgosc_op_accounts);
ALTER TABLE accounts RENAME TO pgosc_old_accounts;
ALTER TABLE pgosc_st_accounts RENAME TO accounts;
COMMIT;
