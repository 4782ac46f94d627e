CREATE TABLE "products" ("id" bigserial,"created_at" timestamptz,"updated_at" timestamptz,"deleted_at" timestamptz,"code" text,"price" bigint,PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_products_deleted_at" ON "products" ("deleted_at");;
