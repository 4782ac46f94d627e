CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);
START TRANSACTION;

ALTER TABLE orders ADD "AccountId" bigint;

CREATE INDEX "IX_orders_AccountId" ON orders ("AccountId");

ALTER TABLE orders ADD CONSTRAINT "FK_orders_accounts_AccountId" FOREIGN KEY ("AccountId") REFERENCES accounts (id);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240411120000_OrderAccount', '8.0.4');

COMMIT;;
