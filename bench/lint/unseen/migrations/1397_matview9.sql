CREATE MATERIALIZED VIEW user_post_counts9 AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id;
REFRESH MATERIALIZED VIEW CONCURRENTLY user_post_counts9;;
