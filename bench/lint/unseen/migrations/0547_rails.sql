ALTER TABLE "users" ALTER COLUMN "email" TYPE character varying(255);
