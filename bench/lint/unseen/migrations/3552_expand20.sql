ALTER TABLE customers ADD COLUMN email_lower text;
DO $$
DECLARE
  lo bigint := 1;
BEGIN
  WHILE lo <= 2000 LOOP
    UPDATE customers SET email_lower = lower(email)
     WHERE id >= lo AND id < lo + 250 AND email_lower IS NULL;
    lo := lo + 250;
  END LOOP;
END
$$;;
