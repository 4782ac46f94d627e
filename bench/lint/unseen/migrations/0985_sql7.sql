ALTER TABLE posts SET (fillfactor = 90);
