DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM shipments WHERE state IS NULL) THEN
    RAISE EXCEPTION 'backfill shipments.state first';
  END IF;
  ALTER TABLE shipments ALTER COLUMN state SET NOT NULL;
END
$$;;
