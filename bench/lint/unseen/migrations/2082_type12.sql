ALTER TABLE "public"."orders" ALTER COLUMN "legacy_code" SET DATA TYPE varchar(64);;
