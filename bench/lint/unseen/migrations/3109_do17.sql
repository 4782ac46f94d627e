DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'shipments' AND column_name = 'carrier') THEN
    ALTER TABLE shipments ADD COLUMN carrier text NOT NULL DEFAULT 'dhl';
  END IF;
END
$$;;
