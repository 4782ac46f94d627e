CREATE TABLE customer_copy (LIKE customers INCLUDING ALL);
