ALTER TABLE "orders" ADD "deleted_at" timestamptz;
CREATE INDEX IF NOT EXISTS "idx_orders_deleted_at" ON "orders" ("deleted_at");;
