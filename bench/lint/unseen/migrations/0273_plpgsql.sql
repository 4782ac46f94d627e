-- UP
DO $$ BEGIN ALTER TABLE orders ALTER COLUMN qty TYPE bigint; END $$;
