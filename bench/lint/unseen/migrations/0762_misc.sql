CREATE PUBLICATION app_pub FOR TABLE users;
ALTER PUBLICATION app_pub SET (publish = 'insert, update');
