CREATE TABLE "public"."coupons" ("id" SERIAL NOT NULL, "code" CHARACTER VARYING (255) NOT NULL, CONSTRAINT "coupons_pkey" PRIMARY KEY ("id"));
ALTER TABLE "public"."coupons" ADD "expires_at" TIMESTAMP NULL;
CREATE INDEX "coupons_expires_at" ON "public"."coupons" ("expires_at");;
