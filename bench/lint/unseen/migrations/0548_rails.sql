ALTER TABLE "posts" DROP CONSTRAINT "fk_rails_posts_user";
