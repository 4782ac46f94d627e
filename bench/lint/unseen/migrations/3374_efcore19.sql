CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);
START TRANSACTION;

CREATE TYPE shipping_method AS ENUM ('ground', 'air', 'sea');

ALTER TABLE shipments ADD "Method" shipping_method;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240430100000_ShippingMethod', '8.0.4');

COMMIT;;
