DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'posts' AND policyname = 'posts_read16') THEN
    CREATE POLICY posts_read16 ON posts FOR SELECT USING (published);
  END IF;
END
$$;;
