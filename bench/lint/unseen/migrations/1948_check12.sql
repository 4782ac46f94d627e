ALTER TABLE "orders" ADD CONSTRAINT "orders_qty_positive" CHECK ("qty" > 0);;
