ALTER TABLE "orders" ALTER COLUMN "legacy_code" TYPE VARCHAR(40) USING "legacy_code"::VARCHAR(40);;
