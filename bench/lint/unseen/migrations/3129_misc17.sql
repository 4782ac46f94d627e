COMMENT ON CONSTRAINT fk_rails_posts_user ON posts IS 'the author';;
