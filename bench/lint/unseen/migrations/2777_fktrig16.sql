DO $$
DECLARE t name;
BEGIN
  SELECT tgname INTO t FROM pg_trigger WHERE tgrelid = 'posts'::regclass AND tgisinternal ORDER BY tgname LIMIT 1;
  EXECUTE format('ALTER TABLE posts DISABLE TRIGGER %I', t);
END
$$;;
