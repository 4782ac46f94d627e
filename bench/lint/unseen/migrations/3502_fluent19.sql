CREATE INDEX "IX_orders_status_created_at" ON "public"."orders" ("status" ASC,"created_at" ASC);;
