CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);
START TRANSACTION;

UPDATE posts SET published = FALSE WHERE published IS NULL;
ALTER TABLE posts ALTER COLUMN published SET NOT NULL;
ALTER TABLE posts ALTER COLUMN published SET DEFAULT FALSE;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240419130000_PublishedRequired', '8.0.4');

COMMIT;;
