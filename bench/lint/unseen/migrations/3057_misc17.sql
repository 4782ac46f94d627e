CREATE MATERIALIZED VIEW post_counts17 AS SELECT user_id, count(*) AS n FROM posts GROUP BY user_id;;
