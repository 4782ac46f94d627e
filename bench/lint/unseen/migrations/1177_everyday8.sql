CREATE MATERIALIZED VIEW user_post_stats AS SELECT user_id, count(*) AS posts FROM posts GROUP BY user_id WITH NO DATA;
CREATE UNIQUE INDEX ON user_post_stats (user_id);
REFRESH MATERIALIZED VIEW user_post_stats;
