ALTER TABLE "users" DROP COLUMN "prefs";
