ALTER TABLE "public"."customers" ADD "Active" boolean NOT NULL DEFAULT true;;
