-- migrate:up
ALTER TABLE "public"."events" RENAME TO "domain_events";
CREATE VIEW "public"."events" AS SELECT * FROM "public"."domain_events";

-- migrate:down

