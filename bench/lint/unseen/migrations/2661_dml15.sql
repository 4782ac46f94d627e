UPDATE "users" SET "prefs" = '{}'::jsonb WHERE "prefs" IS NULL;;
