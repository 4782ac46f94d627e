-- lockstep:irreversible
-- UP
-- Case-insensitive SKU lookups from the warehouse scanner.
CREATE UNIQUE INDEX IF NOT EXISTS products_sku_lower_key ON products (lower(sku));
