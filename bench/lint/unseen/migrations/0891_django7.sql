BEGIN;
--
-- Alter field id on event
--
ALTER TABLE "events" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
COMMIT;
