CREATE MATERIALIZED VIEW IF NOT EXISTS user_post_counts AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id;
