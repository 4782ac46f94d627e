SET lock_timeout = '2s';
ALTER TABLE posts ENABLE REPLICA TRIGGER posts_touch;;
