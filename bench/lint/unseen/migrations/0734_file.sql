ALTER TABLE "users" ADD "nickname" varchar;
UPDATE "users" SET "nickname" = "name";
