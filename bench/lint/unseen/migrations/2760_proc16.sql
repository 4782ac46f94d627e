CREATE PROCEDURE bump_login16(uid bigint) LANGUAGE sql
BEGIN ATOMIC
  UPDATE users SET login_count = coalesce(login_count, 0) + 1 WHERE id = uid;
END;;
