ALTER TABLE "public"."events" DROP COLUMN "kind";;
