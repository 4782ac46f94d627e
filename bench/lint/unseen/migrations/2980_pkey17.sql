ALTER TABLE "public"."accounts" DROP CONSTRAINT "accounts_pkey";;
