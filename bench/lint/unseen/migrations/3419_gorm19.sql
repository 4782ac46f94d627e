CREATE TABLE "products" ("id" bigserial,"created_at" timestamptz,"code" text,"price" bigint,PRIMARY KEY ("id"));
ALTER TABLE "products" ADD "sku" varchar(64) NOT NULL DEFAULT '';
CREATE UNIQUE INDEX IF NOT EXISTS "idx_products_sku" ON "products" ("sku");;
