ALTER TABLE "public"."shipments" ADD "created_at" TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "public"."shipments" ADD "updated_at" TIMESTAMP NULL;;
