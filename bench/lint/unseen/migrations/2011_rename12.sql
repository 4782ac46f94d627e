-- migrate:up
ALTER TABLE "public"."events" RENAME TO "domain_events";

-- migrate:down

