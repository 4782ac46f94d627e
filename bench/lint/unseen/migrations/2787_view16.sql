CREATE VIEW order_emails16 AS
  SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id;;
