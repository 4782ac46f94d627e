UPDATE "orders" SET "currency" = 'USD' WHERE "currency" IS NULL;;
