DO $$
BEGIN
  EXECUTE format('ALTER TYPE order_status ADD VALUE IF NOT EXISTS %L', 'disputed');
END
$$;;
