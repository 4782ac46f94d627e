CREATE ROLE app16 NOLOGIN;
CREATE POLICY posts_read16 ON posts FOR SELECT USING (published);
ALTER POLICY posts_read16 ON posts TO app16;;
