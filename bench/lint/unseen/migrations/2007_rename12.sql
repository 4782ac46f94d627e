ALTER TABLE "public"."accounts" RENAME COLUMN "plan" TO "plan_code";;
