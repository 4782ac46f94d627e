CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);
START TRANSACTION;

INSERT INTO accounts (id, name, plan) OVERRIDING SYSTEM VALUE VALUES (9001, 'System', 'internal');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240415120000_SeedSystemAccount', '8.0.4');

COMMIT;;
