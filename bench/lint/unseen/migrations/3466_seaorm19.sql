ALTER TABLE "cache_entries" ADD COLUMN "expires_at" timestamp with time zone NULL;
