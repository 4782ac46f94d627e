DO $$
BEGIN
  EXECUTE 'ALTER TABLE shipments ADD COLUMN carrier text';
END
$$;;
