ALTER TABLE "posts" ADD COLUMN "reviewer_id" bigint NULL CONSTRAINT "posts_reviewer_id_5f2c_fk_users_id" REFERENCES "users"("id") DEFERRABLE INITIALLY DEFERRED;
