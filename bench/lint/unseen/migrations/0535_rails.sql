UPDATE "users" SET "updated_at" = '2024-01-01 00:00:00' WHERE "users"."id" = 7;
