ALTER TABLE "public"."posts" ALTER COLUMN "published" SET DEFAULT FALSE;
ALTER TABLE "public"."posts" ALTER COLUMN "published" SET NOT NULL;;
