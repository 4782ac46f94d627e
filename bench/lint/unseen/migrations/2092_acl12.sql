COMMENT ON INDEX index_posts_on_user_id IS 'posts by author';;
