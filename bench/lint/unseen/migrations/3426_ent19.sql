ALTER TABLE "shipments" ADD COLUMN "status" character varying NOT NULL DEFAULT 'pending';
