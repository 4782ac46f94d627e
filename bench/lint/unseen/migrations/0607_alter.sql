ALTER TABLE customers ADD CONSTRAINT customers_region_nn CHECK (region IS NOT NULL) NOT VALID;
