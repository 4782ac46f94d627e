ALTER TABLE "posts" VALIDATE CONSTRAINT "fk_rails_posts_user";
