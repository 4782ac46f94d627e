COMMENT ON TRIGGER posts_touch ON posts IS 'keeps updated_at';
