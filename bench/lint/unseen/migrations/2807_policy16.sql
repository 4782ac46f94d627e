CREATE POLICY orders_tenant16 ON orders FOR ALL
  USING (EXISTS (SELECT 1 FROM accounts a WHERE a.id = orders.customer_id AND a.owner_id = 7));;
