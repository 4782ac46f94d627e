ALTER TABLE "shipments" ADD "weight" decimal(10,2) DEFAULT 0;
