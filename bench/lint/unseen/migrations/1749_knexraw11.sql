ALTER TABLE accounts ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb;
