ALTER TABLE orders ADD CONSTRAINT orders_tax_present CHECK (tax IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_tax_present;;
