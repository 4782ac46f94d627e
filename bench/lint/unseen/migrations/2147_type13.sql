ALTER TABLE "public"."orders" ALTER COLUMN "legacy_code" TYPE varchar(255);;
