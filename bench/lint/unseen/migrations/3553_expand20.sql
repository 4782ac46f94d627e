ALTER TABLE events ADD COLUMN kind_code text;
DO $$
DECLARE
  lo bigint := 1;
BEGIN
  WHILE lo <= 2000 LOOP
    UPDATE events SET kind_code = upper(kind)
     WHERE id >= lo AND id < lo + 250;
    lo := lo + 250;
    COMMIT;
  END LOOP;
END
$$;;
