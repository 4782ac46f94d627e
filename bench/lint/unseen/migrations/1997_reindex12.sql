REINDEX INDEX CONCURRENTLY index_posts_on_user_id;;
