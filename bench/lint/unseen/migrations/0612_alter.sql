ALTER TABLE customers CLUSTER ON customers_pkey;
