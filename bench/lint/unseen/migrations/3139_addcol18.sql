ALTER TABLE "orders" ADD COLUMN "shipped_at" timestamp with time zone;;
