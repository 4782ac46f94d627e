CREATE FUNCTION user_deleted_at16(uid bigint) RETURNS timestamptz LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT deleted_at FROM users WHERE id = uid;
END;;
