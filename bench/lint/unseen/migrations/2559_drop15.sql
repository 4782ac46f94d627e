ALTER TABLE posts DROP COLUMN user_id;;
