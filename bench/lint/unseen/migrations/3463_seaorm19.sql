CREATE TABLE IF NOT EXISTS "seaql_migrations" ( "version" varchar NOT NULL PRIMARY KEY, "applied_at" bigint NOT NULL );
INSERT INTO "seaql_migrations" ("version", "applied_at") VALUES ('m20240101_000001_add_index', 1704067200);
