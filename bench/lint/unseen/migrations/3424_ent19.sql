ALTER TABLE "users" ALTER COLUMN "name" TYPE character varying, ALTER COLUMN "name" SET NOT NULL;
