CREATE FUNCTION post_count(uid bigint) RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM posts WHERE user_id = uid; END;
