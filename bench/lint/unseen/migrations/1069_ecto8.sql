ALTER TABLE "users" ADD COLUMN "confirmed_at" timestamp(0);
