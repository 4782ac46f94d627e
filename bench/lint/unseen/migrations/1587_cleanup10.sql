DROP TRIGGER posts_touch ON posts;
DROP FUNCTION posts_touch_fn();;
