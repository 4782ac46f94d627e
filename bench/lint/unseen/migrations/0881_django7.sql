BEGIN;
--
-- Alter unique_together for post (1 constraint(s))
--
ALTER TABLE "posts" ADD CONSTRAINT "posts_user_id_title_2b0f_uniq" UNIQUE ("user_id", "title");
COMMIT;
