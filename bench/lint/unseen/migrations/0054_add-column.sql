ALTER TABLE orders ADD COLUMN c13_default double precision DEFAULT 0;
