ALTER TABLE "posts" DROP CONSTRAINT "fk_rails_posts_user", ALTER COLUMN "user_id" TYPE bigint, ADD CONSTRAINT "posts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;
