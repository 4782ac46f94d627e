ALTER TABLE "public"."users" ADD COLUMN "avatar_url" text;;
