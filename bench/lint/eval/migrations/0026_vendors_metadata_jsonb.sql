-- lockstep:irreversible
-- UP
ALTER TABLE vendors ALTER COLUMN metadata TYPE jsonb USING metadata::jsonb;
ALTER TABLE vendors ALTER COLUMN legacy_ref TYPE bigint;
