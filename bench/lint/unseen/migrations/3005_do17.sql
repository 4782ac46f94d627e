DO $$
DECLARE
  col text := 'carrier';
BEGIN
  EXECUTE 'ALTER TABLE shipments ADD COLUMN ' || quote_ident(col) || ' text';
END
$$;;
