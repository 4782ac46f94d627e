DO $$
DECLARE
  n integer;
BEGIN
  LOOP
    UPDATE cache_entries SET value = 'x'
     WHERE key IN (SELECT key FROM cache_entries WHERE value <> 'x' LIMIT 100);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
  END LOOP;
END
$$;;
