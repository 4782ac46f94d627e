ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_id" FOREIGN KEY ("customer_id") REFERENCES "public"."customers" ("id") ON DELETE CASCADE ON UPDATE NO ACTION;;
