ALTER TABLE cache_entries ADD COLUMN value2 text;
DO $$
DECLARE
  n integer;
BEGIN
  LOOP
    UPDATE cache_entries SET value2 = value
     WHERE key IN (SELECT key FROM cache_entries WHERE value2 IS NULL LIMIT 100);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
    COMMIT;
  END LOOP;
END
$$;;
