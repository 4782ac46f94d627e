ALTER TABLE "posts" DROP COLUMN "body";
ALTER TABLE "posts" ADD "body" character varying(500);
