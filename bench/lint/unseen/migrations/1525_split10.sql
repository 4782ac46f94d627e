BEGIN;
CREATE TABLE customer_profiles (
  customer_id bigint PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  notes text,
  score int
);
INSERT INTO customer_profiles (customer_id, notes, score)
SELECT id, notes, score FROM customers;
COMMIT;
