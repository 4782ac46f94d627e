CLUSTER posts USING index_posts_on_user_id;;
