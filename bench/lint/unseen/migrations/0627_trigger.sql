DROP TRIGGER posts_touch ON posts;
