ALTER TABLE "posts" ADD CONSTRAINT "views_non_negative" CHECK ("views" >= 0) NOT VALID;
BEGIN;
--
-- Remove constraint views_non_negative from model post
--
ALTER TABLE "posts" DROP CONSTRAINT "views_non_negative";
COMMIT;
