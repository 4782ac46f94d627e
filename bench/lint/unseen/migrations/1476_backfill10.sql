CREATE TABLE order_shipping (
  order_id bigint PRIMARY KEY,
  currency char(3) NOT NULL,
  legacy_code varchar(20)
);

INSERT INTO order_shipping (order_id, currency, legacy_code)
SELECT id, currency, legacy_code FROM orders;;
