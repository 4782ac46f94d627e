-- Modify "posts" table
ALTER TABLE "posts" DROP COLUMN "views";;
