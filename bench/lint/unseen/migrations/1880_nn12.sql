CREATE TABLE coupons (
  id bigint PRIMARY KEY,
  percent_off integer
);
ALTER TABLE coupons ADD COLUMN code text NOT NULL;;
