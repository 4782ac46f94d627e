DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM orders WHERE total < 0) THEN
    RAISE EXCEPTION 'negative totals: fix them first';
  END IF;
END
$$;;
