CREATE TYPE "public"."enum_users_role" AS ENUM('user', 'admin');
ALTER TABLE "public"."users" ADD COLUMN "role" "public"."enum_users_role" DEFAULT 'user';;
