ALTER TABLE "public"."orders" ALTER COLUMN "legacy_code" TYPE CHARACTER VARYING (255);;
