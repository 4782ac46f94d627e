SET lock_timeout TO '2s';
ALTER TABLE posts ADD COLUMN pinned boolean;;
