-- UP
ALTER TABLE "users" ALTER COLUMN "login_count" SET DEFAULT 0;
