DO $$
BEGIN
  SET LOCAL lock_timeout = '1s';
  ALTER TABLE shipments ALTER COLUMN order_id SET NOT NULL;
EXCEPTION
  WHEN lock_not_available THEN RAISE WARNING 'skipped';
END
$$;;
