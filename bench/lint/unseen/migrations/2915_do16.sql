DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT id FROM users LOOP
    UPDATE users SET login_count = 0 WHERE id = r.id;
  END LOOP;
END
$$;;
