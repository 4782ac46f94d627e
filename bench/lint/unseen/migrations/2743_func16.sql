CREATE FUNCTION bump_post_views16(pid bigint) RETURNS void LANGUAGE sql
BEGIN ATOMIC
  UPDATE posts SET views = coalesce(views, 0) + 1 WHERE id = pid;
END;;
