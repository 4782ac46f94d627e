CREATE TABLE IF NOT EXISTS "public"."phinxlog" ("version" BIGINT NOT NULL, "migration_name" VARCHAR(100), "start_time" TIMESTAMP, "end_time" TIMESTAMP, "breakpoint" BOOLEAN NOT NULL DEFAULT FALSE, PRIMARY KEY ("version"));
ALTER TABLE "public"."shipments" ADD "insured" BOOLEAN NULL;
INSERT INTO "public"."phinxlog" ("version", "migration_name", "start_time", "end_time", "breakpoint") VALUES ('20240315101500', 'AddInsured', '2024-03-15 10:15:00', '2024-03-15 10:15:01', false);;
