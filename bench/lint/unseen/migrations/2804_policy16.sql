CREATE POLICY posts_read16 ON posts FOR SELECT USING (published) WITH CHECK (published);;
