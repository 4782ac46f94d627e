-- lockstep:irreversible
-- UP
ALTER TABLE order_items
  ADD CONSTRAINT order_items_product_id_fkey
  FOREIGN KEY (product_id) REFERENCES products (id);
CREATE INDEX order_items_product_id_idx ON order_items (product_id);
