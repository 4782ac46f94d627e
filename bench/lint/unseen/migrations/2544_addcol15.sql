ALTER TABLE "public"."users" ADD COLUMN "locale" varchar(10) DEFAULT 'en' NOT NULL;;
