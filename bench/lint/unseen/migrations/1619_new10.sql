CREATE TABLE coupons (
  code text PRIMARY KEY,
  percent_off smallint CHECK (percent_off BETWEEN 1 AND 100),
  valid_until date
);
CREATE TABLE coupon_redemptions (
  coupon_code text NOT NULL REFERENCES coupons (code),
  order_id bigint NOT NULL REFERENCES orders (id),
  redeemed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (coupon_code, order_id)
);;
