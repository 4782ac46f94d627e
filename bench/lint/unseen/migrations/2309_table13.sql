CREATE TABLE order_items (
  order_id bigint NOT NULL REFERENCES orders (id),
  sku text NOT NULL,
  qty int NOT NULL CHECK (qty > 0),
  PRIMARY KEY (order_id, sku)
);;
