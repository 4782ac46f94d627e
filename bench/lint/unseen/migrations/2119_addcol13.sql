ALTER TABLE accounts ADD COLUMN external_id uuid NOT NULL DEFAULT gen_random_uuid();;
