SET lock_timeout TO '10s';
ALTER TABLE accounts ADD COLUMN archived boolean DEFAULT false NOT NULL;
RESET lock_timeout;;
