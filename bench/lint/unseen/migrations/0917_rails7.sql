UPDATE "users" SET "login_count" = (SELECT count(*) FROM "posts" WHERE "posts"."user_id" = "users"."id");
