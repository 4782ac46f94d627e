ALTER TABLE "shipments" ALTER COLUMN "order_id" SET NOT NULL;
ALTER TABLE "shipments" ADD CONSTRAINT "fk_orders_shipments" FOREIGN KEY ("order_id") REFERENCES "orders"("id");
