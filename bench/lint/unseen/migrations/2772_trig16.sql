ALTER TABLE posts ENABLE TRIGGER posts_touch;;
