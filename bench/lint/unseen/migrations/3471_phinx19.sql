CREATE INDEX "orders_legacy_code" ON "public"."orders" ("legacy_code");;
