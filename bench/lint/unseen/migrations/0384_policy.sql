CREATE POLICY own_customer ON customers FOR SELECT USING (id = 1);
