-- UP
ALTER TABLE "users" ALTER COLUMN "login_count" SET NOT NULL;
