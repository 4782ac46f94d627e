CREATE POLICY own_customer ON customers FOR SELECT USING (id = 1);
ALTER POLICY own_customer ON customers USING (id = 2);
