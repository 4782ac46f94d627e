-- Modify "posts" table
ALTER TABLE "posts" ALTER COLUMN "title" TYPE character varying(120);;
