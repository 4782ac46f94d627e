ALTER TABLE "users" ADD "uuid" uuid DEFAULT gen_random_uuid() NOT NULL;
