UPDATE "users" SET "prefs" = '{}' WHERE "users"."prefs" IS NULL;;
