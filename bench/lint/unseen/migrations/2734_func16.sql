CREATE FUNCTION post_stats16() RETURNS TABLE (user_id bigint, n bigint) LANGUAGE sql STABLE AS $$ SELECT user_id, count(*) FROM posts GROUP BY user_id $$;
CREATE OR REPLACE FUNCTION post_stats16() RETURNS TABLE (user_id bigint, n bigint, last_at timestamp) LANGUAGE sql STABLE AS $$
  SELECT user_id, count(*), max(created_at) FROM posts GROUP BY user_id
$$;;
