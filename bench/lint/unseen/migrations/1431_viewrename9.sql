ALTER TABLE posts RENAME CONSTRAINT fk_rails_posts_user TO posts_user_id_fkey;;
