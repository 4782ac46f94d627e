ALTER TABLE archive_2023 ADD COLUMN batch_id uuid NOT NULL DEFAULT gen_random_uuid();;
