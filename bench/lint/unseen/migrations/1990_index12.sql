DROP INDEX CONCURRENTLY "public"."index_posts_on_user_id";;
