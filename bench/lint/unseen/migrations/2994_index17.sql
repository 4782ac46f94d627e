ALTER INDEX index_posts_on_user_id SET (fillfactor = 70);
REINDEX INDEX index_posts_on_user_id;;
