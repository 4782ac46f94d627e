CREATE FUNCTION delete_my_posts(uid bigint) RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
  DELETE FROM posts WHERE user_id = uid;
$$;;
