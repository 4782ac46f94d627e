CREATE TABLE "webhook_deliveries" ("id" uuid, "kind" varchar(255) NOT NULL, "data" jsonb DEFAULT '{}'::jsonb, "inserted_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"));
