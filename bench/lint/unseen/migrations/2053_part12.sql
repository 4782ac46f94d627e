CREATE TABLE "public"."sales_us" (LIKE "public"."sales" INCLUDING DEFAULTS);
ALTER TABLE "public"."sales" ATTACH PARTITION "public"."sales_us" FOR VALUES IN ('us');;
