BEGIN;
--
-- Delete model Archive2023
--
DROP TABLE "archive_2023" CASCADE;
COMMIT;
