alter table "posts" drop constraint "fk_rails_posts_user";
