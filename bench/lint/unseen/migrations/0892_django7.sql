BEGIN;
--
-- Rename table for post to blog_post
--
ALTER TABLE "posts" RENAME TO "blog_post";
COMMIT;
