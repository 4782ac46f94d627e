DO $$ BEGIN UPDATE posts SET published = false WHERE published IS NULL; END $$;
