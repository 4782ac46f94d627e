BEGIN;
--
-- Create constraint views_non_negative on model post
--
ALTER TABLE "posts" ADD CONSTRAINT "views_non_negative" CHECK ("views" >= 0);
COMMIT;
