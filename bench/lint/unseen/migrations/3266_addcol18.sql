ALTER TABLE accounts ADD COLUMN seats integer NOT NULL DEFAULT 1 CONSTRAINT accounts_seats_positive18 CHECK (seats > 0);;
