UPDATE users u
   SET login_count = p.n
  FROM (SELECT user_id, count(*) AS n FROM posts GROUP BY user_id) p
 WHERE p.user_id = u.id;;
