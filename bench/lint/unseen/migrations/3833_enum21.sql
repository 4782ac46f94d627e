DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_enum WHERE enumtypid = 'order_status'::regtype AND enumlabel = 'voided21') THEN
    ALTER TYPE order_status ADD VALUE 'voided21';
  END IF;
END
$$;;
