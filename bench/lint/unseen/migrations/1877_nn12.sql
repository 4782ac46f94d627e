ALTER TABLE "public"."accounts" ADD COLUMN "region" text NOT NULL DEFAULT 'eu';;
