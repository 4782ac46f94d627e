CREATE PUBLICATION app_pub16;
ALTER PUBLICATION app_pub16 ADD TABLE orders (id, status, total);;
