ALTER TABLE accounts ADD COLUMN is_trial boolean NOT NULL DEFAULT true;;
