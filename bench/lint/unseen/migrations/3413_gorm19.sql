ALTER TABLE "orders" ADD "coupon_code" text;
COMMENT ON COLUMN "orders"."coupon_code" IS 'promo code applied at checkout';
