ALTER TABLE shipments ADD COLUMN tracking_token uuid NOT NULL DEFAULT gen_random_uuid();;
