ALTER TABLE posts ADD COLUMN "position" integer;;
