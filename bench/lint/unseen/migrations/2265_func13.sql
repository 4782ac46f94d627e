ALTER TRIGGER posts_touch ON posts RENAME TO posts_touch_before_update;;
