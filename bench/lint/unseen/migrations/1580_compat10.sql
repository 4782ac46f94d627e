CREATE TABLE customer_profiles (customer_id bigint PRIMARY KEY, notes text);
CREATE VIEW customers_with_profile AS
SELECT c.id, c.email, p.notes
  FROM customers c
  LEFT JOIN customer_profiles p ON p.customer_id = c.id;;
