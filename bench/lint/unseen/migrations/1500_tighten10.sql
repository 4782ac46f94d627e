ALTER TABLE orders
  ADD CONSTRAINT orders_qty_positive CHECK (qty > 0) NOT VALID,
  ADD CONSTRAINT orders_tax_nonneg CHECK (tax >= 0) NOT VALID;;
