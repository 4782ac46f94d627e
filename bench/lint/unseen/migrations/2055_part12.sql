ALTER TABLE "public"."metrics" DETACH PARTITION "public"."metrics_2024" CONCURRENTLY;;
