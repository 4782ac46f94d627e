BEGIN;
--
-- Alter field notes on customer
--
ALTER TABLE "customers" ALTER COLUMN "notes" SET DEFAULT '';
UPDATE "customers" SET "notes" = '' WHERE "notes" IS NULL;
ALTER TABLE "customers" ALTER COLUMN "notes" SET NOT NULL;
ALTER TABLE "customers" ALTER COLUMN "notes" DROP DEFAULT;
COMMIT;
