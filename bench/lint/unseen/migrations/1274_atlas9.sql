-- Modify "accounts" table
ALTER TABLE "accounts" ADD COLUMN "region" text NOT NULL DEFAULT 'eu', ADD CONSTRAINT "region_check" CHECK (region <> ''::text);;
