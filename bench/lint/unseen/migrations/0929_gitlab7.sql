ALTER TABLE "posts" ADD "headline" character varying;
UPDATE "posts" SET "headline" = "title" WHERE "posts"."id" >= 1 AND "posts"."id" < 1001;
