ALTER TABLE "shipments" RENAME "state" TO "status";
