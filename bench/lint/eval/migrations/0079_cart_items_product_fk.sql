-- lockstep:irreversible
-- lockstep:no-transaction
-- UP
-- Outside a transaction each statement commits on its own, so the validation
-- runs under SHARE UPDATE EXCLUSIVE only.
ALTER TABLE cart_items
  ADD CONSTRAINT cart_items_product_id_fkey
  FOREIGN KEY (product_id) REFERENCES products (id) NOT VALID;
ALTER TABLE cart_items VALIDATE CONSTRAINT cart_items_product_id_fkey;
