DO $$
BEGIN
  ASSERT (SELECT count(*) FROM orders WHERE customer_id IS NULL) = 0, 'orders without customer';
END
$$;;
