DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM orders WHERE qty > 3000) THEN
    RAISE EXCEPTION 'large quantities: fix them first';
  END IF;
END
$$;;
