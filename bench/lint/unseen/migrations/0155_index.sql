REINDEX TABLE customers;
