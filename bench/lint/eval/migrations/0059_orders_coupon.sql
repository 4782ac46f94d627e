-- lockstep:irreversible
-- UP
-- A new nullable column with a foreign key: every existing row is NULL, so nothing to check.
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);
