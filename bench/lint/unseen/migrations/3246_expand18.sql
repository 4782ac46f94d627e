ALTER TABLE IF EXISTS orders_v0 ADD COLUMN promo_code text;;
