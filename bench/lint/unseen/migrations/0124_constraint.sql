ALTER TABLE customers DROP CONSTRAINT customers_pkey;
