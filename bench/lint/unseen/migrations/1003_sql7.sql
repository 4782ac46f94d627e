BEGIN;
CREATE TABLE order_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  sku text NOT NULL,
  qty integer NOT NULL CHECK (qty > 0),
  price numeric(12, 2) NOT NULL
);
CREATE INDEX order_items_sku_idx ON order_items (sku);
COMMIT;
