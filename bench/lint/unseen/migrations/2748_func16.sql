DROP FUNCTION posts_touch_fn() CASCADE;;
