ALTER TABLE "public"."posts" DROP COLUMN "published";;
