ALTER TABLE shipments DROP COLUMN IF EXISTS tracking_url;;
