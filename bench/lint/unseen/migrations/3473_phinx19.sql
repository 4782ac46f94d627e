ALTER TABLE "public"."orders" ALTER COLUMN "qty" TYPE BIGINT USING ("qty"::BIGINT);
ALTER TABLE "public"."orders" ALTER COLUMN "qty" DROP NOT NULL;
ALTER TABLE "public"."orders" ALTER COLUMN "qty" DROP DEFAULT;;
