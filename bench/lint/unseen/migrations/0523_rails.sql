ALTER TABLE "users" ALTER COLUMN "email" TYPE text;
