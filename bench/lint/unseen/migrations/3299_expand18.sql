DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'index_posts_on_created_at18') THEN
    CREATE INDEX index_posts_on_created_at18 ON posts (created_at);
  END IF;
END
$$;;
