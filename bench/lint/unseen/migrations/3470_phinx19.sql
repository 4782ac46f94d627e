CREATE TABLE "public"."coupons" ("id" SERIAL NOT NULL, "code" CHARACTER VARYING (255) NOT NULL, CONSTRAINT "coupons_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "coupons_code" ON "public"."coupons" ("code");;
