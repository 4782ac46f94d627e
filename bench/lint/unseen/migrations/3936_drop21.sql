DROP INDEX orders_customer_id_idx, index_posts_on_user_id;;
