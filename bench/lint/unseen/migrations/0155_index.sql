-- UP
REINDEX TABLE customers;
