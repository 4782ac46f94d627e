CREATE FUNCTION user_post_total(uid bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
BEGIN ATOMIC
  SELECT count(*) FROM posts WHERE user_id = uid;
END;;
