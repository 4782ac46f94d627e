-- UP
CLUSTER customers USING customers_pkey;
