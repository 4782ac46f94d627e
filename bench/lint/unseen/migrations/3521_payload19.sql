ALTER TABLE "users" ADD COLUMN "reset_password_token" varchar;
ALTER TABLE "users" ADD COLUMN "reset_password_expiration" timestamp(3) with time zone;
ALTER TABLE "users" ADD COLUMN "salt" varchar;
ALTER TABLE "users" ADD COLUMN "hash" varchar;;
