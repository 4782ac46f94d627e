DROP FUNCTION IF EXISTS posts_touch_fn();;
