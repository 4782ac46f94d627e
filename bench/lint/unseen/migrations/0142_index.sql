CREATE INDEX customers_region_idx ON customers (region) INCLUDE (name);
