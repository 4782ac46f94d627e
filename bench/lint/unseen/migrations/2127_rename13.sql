ALTER INDEX index_posts_on_user_id RENAME TO posts_user_id_idx;;
