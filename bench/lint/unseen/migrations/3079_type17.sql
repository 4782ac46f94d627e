CREATE DOMAIN positive_amount17 AS numeric(12, 2) CHECK (VALUE >= 0);
ALTER TABLE accounts ALTER COLUMN balance TYPE positive_amount17;;
