ALTER TABLE posts ALTER COLUMN views TYPE integer USING views::integer;;
