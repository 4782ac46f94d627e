COMMENT ON COLUMN orders.discount_code IS 'promo code';;
