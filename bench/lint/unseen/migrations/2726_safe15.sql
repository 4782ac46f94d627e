CREATE POLICY posts_public_read ON posts FOR SELECT USING (published);;
