CREATE VIEW user_post_counts18 WITH (security_barrier) AS
SELECT u.id, u.email, count(p.id) AS posts
  FROM users u LEFT JOIN posts p ON p.user_id = u.id
 GROUP BY u.id, u.email;;
