ALTER TABLE "shipments" ADD COLUMN "inserted_at" timestamp(0) NOT NULL DEFAULT now();
