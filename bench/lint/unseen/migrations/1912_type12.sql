ALTER TABLE posts ALTER COLUMN views TYPE bigint;;
