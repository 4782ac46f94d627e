ALTER TABLE customers ADD COLUMN email_lower text;
BEGIN;
DO $$
DECLARE
  lo bigint := 1;
BEGIN
  WHILE lo <= 2000 LOOP
    UPDATE customers SET email_lower = lower(email) WHERE id >= lo AND id < lo + 250;
    lo := lo + 250;
    COMMIT;
  END LOOP;
END
$$;
COMMIT;
