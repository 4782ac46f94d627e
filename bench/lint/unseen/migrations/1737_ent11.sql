-- Modify "users" table
ALTER TABLE "users" ADD COLUMN "age" bigint NOT NULL;;
