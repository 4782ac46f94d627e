UPDATE posts p
   SET published = true
  FROM users u
 WHERE u.id = p.user_id
   AND u.id = 42;;
