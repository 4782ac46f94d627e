CREATE TABLE coupons17 (
  id bigserial PRIMARY KEY,
  code text NOT NULL,
  expires_at timestamptz
);
CREATE UNIQUE INDEX coupons17_code_idx ON coupons17 (code);
CREATE INDEX coupons17_expires_idx ON coupons17 (expires_at) WHERE expires_at IS NOT NULL;;
