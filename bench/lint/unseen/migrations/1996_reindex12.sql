REINDEX INDEX index_posts_on_user_id;;
