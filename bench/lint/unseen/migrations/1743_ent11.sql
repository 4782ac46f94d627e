-- Modify "users" table
ALTER TABLE "users" ALTER COLUMN "name" SET NOT NULL;;
