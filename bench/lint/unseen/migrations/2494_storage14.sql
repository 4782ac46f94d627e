ALTER TABLE orders SET (fillfactor = 90);;
