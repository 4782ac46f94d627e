ALTER TABLE "ledger" ALTER COLUMN "account" TYPE character varying(64);
