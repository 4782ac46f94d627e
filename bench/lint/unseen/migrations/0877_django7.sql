BEGIN;
--
-- Alter field name on customer
--
ALTER TABLE "customers" ALTER COLUMN "name" TYPE varchar(150) USING "name"::varchar(150);
COMMIT;
