ALTER TABLE "orders" ADD COLUMN "coupon_note" text;
