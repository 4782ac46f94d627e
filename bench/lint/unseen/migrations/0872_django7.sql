BEGIN;
--
-- Add field editor to post
--
ALTER TABLE "posts" ADD COLUMN "editor_id" bigint NULL CONSTRAINT "posts_editor_id_0d9a8c4e_fk_users_id" REFERENCES "users"("id") DEFERRABLE INITIALLY DEFERRED;
SET CONSTRAINTS "posts_editor_id_0d9a8c4e_fk_users_id" IMMEDIATE;
CREATE INDEX "posts_editor_id_0d9a8c4e" ON "posts" ("editor_id");
COMMIT;
