ALTER TABLE "accounts" ADD COLUMN "user_created" uuid NULL, ADD COLUMN "date_created" timestamp with time zone NULL DEFAULT CURRENT_TIMESTAMP;
