DO $$
BEGIN
  CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;;
