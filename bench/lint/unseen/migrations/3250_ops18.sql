CREATE PUBLICATION orders_pub18 FOR TABLE orders, customers;;
