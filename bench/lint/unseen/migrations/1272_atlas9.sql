-- Modify "users" table
ALTER TABLE "users" ADD COLUMN "nickname" character varying NULL;;
