DO $$
BEGIN
  EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE bigint', 'posts', 'views');
END
$$;;
