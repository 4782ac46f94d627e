COMMENT ON TABLE posts IS 'blog posts';
COMMENT ON COLUMN posts.title IS 'shown in lists';
COMMENT ON COLUMN posts.body IS 'markdown';;
