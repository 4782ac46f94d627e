COMMENT ON TRIGGER posts_touch ON posts IS 'placeholder';;
