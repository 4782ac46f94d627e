ALTER TABLE ledger ADD COLUMN posted boolean NOT NULL DEFAULT true;;
