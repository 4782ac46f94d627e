ALTER TABLE "accounts" ADD COLUMN "uuid" uuid DEFAULT 'e0b9d1e2-5c1f-4c8a-9a57-3f0f2a6b7c11'::uuid NOT NULL UNIQUE;;
