DO $$
BEGIN
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I (%I)', 'posts_title_idx17', 'posts', 'title');
END
$$;;
