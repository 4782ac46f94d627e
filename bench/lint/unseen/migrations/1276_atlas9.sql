-- Modify "accounts" table
ALTER TABLE "accounts" ALTER COLUMN "plan" TYPE character varying(40);;
