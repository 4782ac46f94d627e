ALTER TABLE orders ADD COLUMN c13_plain double precision;
