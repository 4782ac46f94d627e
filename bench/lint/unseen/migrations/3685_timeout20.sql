SET lock_timeout TO '10s';
SET statement_timeout TO '1h';
ALTER TABLE accounts ADD COLUMN archived boolean;;
