CREATE TABLE "public"."logs_2032" (LIKE "public"."logs" INCLUDING DEFAULTS);
ALTER TABLE "public"."logs" ATTACH PARTITION "public"."logs_2032" FOR VALUES FROM ('2032-01-01') TO ('2033-01-01');;
