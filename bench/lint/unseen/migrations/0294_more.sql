CREATE POLICY own_orders ON orders USING (customer_id = 1);
