DO $$
BEGIN
  EXECUTE format('ALTER TABLE %I VALIDATE CONSTRAINT %I', 'orders', 'orders_total_nonneg');
END
$$;;
