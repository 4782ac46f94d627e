ALTER TABLE posts ADD CONSTRAINT posts_views_nonneg21 CHECK (views >= 0) NOT VALID;
INSERT INTO posts (user_id, title, views, created_at) OVERRIDING USER VALUE VALUES (1, 'bad', -1, now());;
