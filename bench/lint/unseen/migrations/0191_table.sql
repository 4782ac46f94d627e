CLUSTER customers USING customers_pkey;
