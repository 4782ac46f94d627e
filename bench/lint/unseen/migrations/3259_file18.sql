BEGIN;
--
-- Create index posts_created_idx on field(s) created_at of model post
--
CREATE INDEX "posts_created_idx18" ON "posts" ("created_at");
COMMIT;
