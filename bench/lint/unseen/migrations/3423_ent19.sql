ALTER TABLE "posts" ADD COLUMN "user_posts" bigint NULL, ADD CONSTRAINT "posts_users_posts" FOREIGN KEY ("user_posts") REFERENCES "users" ("id") ON DELETE SET NULL;
