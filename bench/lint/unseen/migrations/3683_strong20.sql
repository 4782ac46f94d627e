UPDATE "users" SET "admin" = FALSE WHERE "users"."id" >= 1 AND "users"."id" < 1001 AND "users"."admin" IS DISTINCT FROM FALSE;;
