-- lockstep:irreversible
-- UP
-- One-off price correction from the supplier feed (two SKUs), via a scratch table.
CREATE TABLE price_fix_tmp (
  sku         text PRIMARY KEY,
  price_cents bigint NOT NULL
);
INSERT INTO price_fix_tmp (sku, price_cents) VALUES ('SKU-1', 1100), ('SKU-2', 2400);
UPDATE products p
   SET price_cents = f.price_cents
  FROM price_fix_tmp f
 WHERE p.sku = f.sku;
DROP TABLE price_fix_tmp;
