ALTER TABLE "accounts" DROP COLUMN "plan";;
