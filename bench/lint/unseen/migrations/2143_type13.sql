ALTER TABLE posts ALTER COLUMN user_id TYPE integer;;
