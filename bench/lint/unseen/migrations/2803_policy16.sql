CREATE POLICY orders_owner16 ON orders USING (owner_id = 1);;
