ALTER TABLE orders
  ADD CONSTRAINT orders_tax_le_total17 CHECK (tax <= total) NOT VALID,
  VALIDATE CONSTRAINT orders_tax_le_total17;;
