DO $$
DECLARE n bigint;
BEGIN
  UPDATE posts SET published = false WHERE id = 42 AND published IS NULL;
  GET DIAGNOSTICS n = ROW_COUNT;
  RAISE NOTICE 'updated % rows', n;
END
$$;;
