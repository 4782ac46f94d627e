ALTER TABLE "users" ALTER COLUMN "admin" TYPE boolean;
