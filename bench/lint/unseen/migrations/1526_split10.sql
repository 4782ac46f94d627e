CREATE TABLE customer_profiles (
  customer_id bigint PRIMARY KEY,
  notes text,
  score int
);
INSERT INTO customer_profiles (customer_id, notes, score)
SELECT id, notes, score FROM customers WHERE id <= 100;;
