CREATE TABLE "products" ("id" bigserial,"created_at" timestamptz,"code" text,"price" bigint,PRIMARY KEY ("id"));
ALTER TABLE "products" ALTER COLUMN "price" TYPE numeric(12,2) USING "price"::numeric(12,2);
