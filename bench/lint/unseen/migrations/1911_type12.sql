ALTER TABLE "public"."customers" ALTER COLUMN "name" TYPE varchar(60);;
