ALTER TABLE accounts ADD COLUMN archived boolean;
SET lock_timeout TO '10s';;
