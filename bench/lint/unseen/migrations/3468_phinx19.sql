ALTER TABLE "public"."orders" ADD "gift_wrap" BOOLEAN NOT NULL DEFAULT FALSE;;
