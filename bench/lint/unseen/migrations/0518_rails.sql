ALTER TABLE "posts" ADD CONSTRAINT "fk_rails_posts_users2" FOREIGN KEY ("user_id") REFERENCES "users" ("id");
