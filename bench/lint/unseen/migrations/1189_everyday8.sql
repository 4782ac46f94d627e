ALTER INDEX index_posts_on_user_id SET (deduplicate_items = off);
