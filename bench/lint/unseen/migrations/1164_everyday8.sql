CREATE PUBLICATION b8_pub FOR TABLE accounts, orders WITH (publish = 'insert, update, delete');
