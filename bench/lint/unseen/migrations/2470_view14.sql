CREATE MATERIALIZED VIEW IF NOT EXISTS posts_per_user AS
  SELECT user_id, count(*) AS posts FROM posts GROUP BY user_id
WITH NO DATA;;
