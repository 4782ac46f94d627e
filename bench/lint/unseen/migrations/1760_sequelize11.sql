ALTER TABLE "users" ALTER COLUMN "prefs" SET DEFAULT '{}';
UPDATE "users" SET "prefs" = '{}' WHERE "prefs" IS NULL;;
