DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'payment_state') THEN
    CREATE TYPE payment_state AS ENUM ('pending', 'captured', 'failed');
  END IF;
END
$$;;
