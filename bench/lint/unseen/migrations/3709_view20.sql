CREATE VIEW customers_v2 AS
  SELECT id, email, name, region, score, created_at FROM customers
  WITH CASCADED CHECK OPTION;;
