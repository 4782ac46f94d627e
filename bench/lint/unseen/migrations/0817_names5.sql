ALTER TABLE "public"."users" ADD COLUMN "Nick" text;
