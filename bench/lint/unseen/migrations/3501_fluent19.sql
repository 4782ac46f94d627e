ALTER TABLE "public"."orders" ADD "TrackingNumber" text;;
