DROP INDEX IF EXISTS index_posts_on_user_id, index_users_on_email;;
